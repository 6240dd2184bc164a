import type { Db } from '../db/connection';
import type { ParticipantList } from './types';

type Row = ParticipantList['rows'][number];
type Organisation = ParticipantList['organisations'][number];
type Country = ParticipantList['countries'][number];

const ORGANISATION = 5;
const COUNTRY = 6;

/**
 * SQL for the participants view's compact list. Rows come back as arrays already in the contract's
 * tuple order, so the 10,000-row list needs no mapping; name order makes the view's own sort (by
 * the UI language's collation) a pass over nearly sorted rows. The lookup tables are read by the
 * keys the rows hold, so the join runs once.
 */
export function createParticipantListRepo(db: Db) {
  const statements = {
    rows: db
      .prepare<[number], Row>(
        `SELECT r.id, r.person_id, p.given_names, p.family_names, p.email, p.organisation_id, p.country_code,
           r.role, r.status, coalesce(r.consent_to_list, p.consent_to_list)
         FROM registration r JOIN person p ON p.id = r.person_id
         WHERE r.meeting_id = ?
         ORDER BY p.family_names COLLATE NOCASE, p.given_names COLLATE NOCASE, r.id`,
      )
      .raw(),
    organisations: db.prepare<[string], Organisation>(
      `SELECT id, name, acronym, type FROM organisation
       WHERE id IN (SELECT value FROM json_each(?))`,
    ),
    countries: db.prepare<[string], Country>(
      `SELECT code, police_region AS policeRegion FROM country
       WHERE code IN (SELECT value FROM json_each(?))`,
    ),
  };
  const keys = (rows: Row[], at: number) => {
    const seen = new Set<unknown>();
    for (const row of rows) if (row[at] !== null) seen.add(row[at]);
    return JSON.stringify([...seen]);
  };
  return {
    list(meetingId: number): ParticipantList {
      // One read transaction: the lookups see the same data as the rows.
      return db.transaction(() => {
        const rows = statements.rows.all(meetingId);
        return {
          rows,
          organisations: statements.organisations.all(keys(rows, ORGANISATION)),
          countries: statements.countries.all(keys(rows, COUNTRY)),
        };
      })();
    },
  };
}
