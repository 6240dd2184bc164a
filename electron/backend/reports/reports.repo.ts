import type { Db } from '../db/connection';
import type { Status } from '../../../shared/domain/people';

export interface MeetingRef {
  id: number;
  title: string;
  startDate: string;
  endDate: string;
  parentId: number | null;
}

/** One line of the list of participants, the consent already resolved (migration 0200). */
export interface ListedRow {
  registrationId: number;
  title: string;
  givenNames: string;
  familyNames: string;
  position: string;
  organisationName: string | null;
  organisationAcronym: string | null;
  countryCode: string | null;
  listed: boolean;
}

const IDS = 'SELECT value FROM json_each(?)';

/** SQL of the reports: series of linked meetings, the rows the figures and lists are made of. */
export function createReportsRepo(db: Db) {
  const s = {
    meeting: db.prepare<
      [number],
      {
        id: number;
        title: string;
        start_date: string;
        end_date: string;
        parent_id: number | null;
        time_zone: string;
        languages: string;
      }
    >(
      'SELECT id, title, start_date, end_date, parent_id, time_zone, languages FROM meeting WHERE id = ?',
    ),
    // UNION rather than UNION ALL: a loop in the data (refused on write) could not spin forever.
    root: db
      .prepare<[number], number>(
        `WITH RECURSIVE up(id, parent_id) AS (
           SELECT id, parent_id FROM meeting WHERE id = ?
           UNION SELECT m.id, m.parent_id FROM meeting m JOIN up ON m.id = up.parent_id)
         SELECT id FROM up WHERE parent_id IS NULL OR parent_id NOT IN (SELECT id FROM up)
         LIMIT 1`,
      )
      .pluck(),
    tree: db.prepare<
      [number],
      { id: number; title: string; start_date: string; end_date: string; parent_id: number | null }
    >(
      `WITH RECURSIVE down(id) AS (
         SELECT ? UNION SELECT m.id FROM meeting m JOIN down ON m.parent_id = down.id)
       SELECT m.id, m.title, m.start_date, m.end_date, m.parent_id
       FROM meeting m JOIN down ON down.id = m.id ORDER BY m.start_date, m.id`,
    ),
    registrationCount: db
      .prepare<[number], number>('SELECT count(*) FROM registration WHERE meeting_id = ?')
      .pluck(),
    sessionCount: db
      .prepare<[number], number>('SELECT count(*) FROM session WHERE meeting_id = ?')
      .pluck(),
    listed: db.prepare<
      [number, string],
      {
        registration_id: number;
        title: string;
        given_names: string;
        family_names: string;
        position: string;
        organisation_name: string | null;
        organisation_acronym: string | null;
        country_code: string | null;
        listed: number;
      }
    >(
      `SELECT r.id AS registration_id, p.title, p.given_names, p.family_names, p.position,
         o.name AS organisation_name, o.acronym AS organisation_acronym, p.country_code,
         coalesce(r.consent_to_list, p.consent_to_list) AS listed
       FROM registration r
       JOIN person p ON p.id = r.person_id
       LEFT JOIN organisation o ON o.id = p.organisation_id
       WHERE r.meeting_id = ? AND r.status IN (${IDS})`,
    ),
  };
  const ref = (row: {
    id: number;
    title: string;
    start_date: string;
    end_date: string;
    parent_id: number | null;
  }): MeetingRef => ({
    id: row.id,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    parentId: row.parent_id,
  });

  return {
    meeting(id: number) {
      const row = s.meeting.get(id);
      return row
        ? {
            ...ref(row),
            timeZone: row.time_zone,
            languages: JSON.parse(row.languages) as string[],
          }
        : null;
    },
    /** The meeting's series: its topmost parent and everything under it, by start day. */
    series(meetingId: number): MeetingRef[] {
      const root = s.root.get(meetingId) ?? meetingId;
      return s.tree.all(root).map(ref);
    },
    registrationCount: (meetingId: number): number => s.registrationCount.get(meetingId) ?? 0,
    sessionCount: (meetingId: number): number => s.sessionCount.get(meetingId) ?? 0,
    listedRows: (meetingId: number, statuses: readonly Status[]): ListedRow[] =>
      s.listed.all(meetingId, JSON.stringify(statuses)).map((r) => ({
        registrationId: r.registration_id,
        title: r.title,
        givenNames: r.given_names,
        familyNames: r.family_names,
        position: r.position,
        organisationName: r.organisation_name,
        organisationAcronym: r.organisation_acronym,
        countryCode: r.country_code,
        listed: r.listed === 1,
      })),
  };
}

export type ReportsRepo = ReturnType<typeof createReportsRepo>;
