import type { Db } from '../db/connection';
import type { OrganisationType } from '../../../shared/domain/people';
import { ACTIVE_STATUSES, normaliseName } from '../../../shared/domain/people';
import type {
  Organisation,
  OrganisationFields,
  OrganisationMeeting,
  OrganisationMember,
} from './types';

interface OrganisationRow {
  id: number;
  name: string;
  acronym: string;
  type: OrganisationType;
  country_code: string | null;
  people_count: number;
}

function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    acronym: row.acronym,
    type: row.type,
    countryCode: row.country_code,
    peopleCount: row.people_count,
  };
}

interface MemberRow {
  id: number;
  given_names: string;
  family_names: string;
  position: string;
  email: string;
  country_code: string | null;
  meeting_count: number;
}

interface MeetingRow {
  meeting_id: number;
  title: string;
  start_date: string;
  end_date: string;
  city: string;
  country_code: string | null;
  registered: number;
  coming: number;
}

const toParams = (o: OrganisationFields) => ({
  name: o.name,
  acronym: o.acronym,
  type: o.type,
  country_code: o.countryCode,
  name_key: normaliseName(o.name),
});

const SELECT = `
  SELECT o.id, o.name, o.acronym, o.type, o.country_code,
    (SELECT count(*) FROM person p WHERE p.organisation_id = o.id) AS people_count
  FROM organisation o`;

/** SQL for organisations. */
export function createOrganisationsRepo(db: Db) {
  const statements = {
    list: db.prepare<[], OrganisationRow>(`${SELECT} ORDER BY o.name COLLATE NOCASE, o.id`),
    get: db.prepare<[number], OrganisationRow>(`${SELECT} WHERE o.id = ?`),
    exists: db.prepare<[number], { id: number }>('SELECT id FROM organisation WHERE id = ?'),
    insert: db.prepare(`
      INSERT INTO organisation (name, acronym, type, country_code, name_key, created_at, updated_at)
      VALUES (@name, @acronym, @type, @country_code, @name_key, @now, @now)`),
    update: db.prepare(`
      UPDATE organisation SET name = @name, acronym = @acronym, type = @type,
        country_code = @country_code, name_key = @name_key, updated_at = @now
      WHERE id = @id`),
    memberIds: db
      .prepare<[number], number>('SELECT id FROM person WHERE organisation_id = ?')
      .pluck(),
    movePeople: db.prepare<[number, string, number]>(
      'UPDATE person SET organisation_id = ?, updated_at = ? WHERE organisation_id = ?',
    ),
    // The kept record takes what only the duplicate knew (acronym, country), never overwriting.
    fillBlanks: db.prepare(`
      UPDATE organisation SET
        acronym = CASE WHEN acronym = '' THEN (SELECT acronym FROM organisation WHERE id = @mergeId)
          ELSE acronym END,
        country_code = coalesce(country_code,
          (SELECT country_code FROM organisation WHERE id = @mergeId)),
        updated_at = @now
      WHERE id = @keepId`),
    delete: db.prepare<[number]>('DELETE FROM organisation WHERE id = ?'),
    members: db.prepare<[number], MemberRow>(`
      SELECT p.id, p.given_names, p.family_names, p.position, p.email, p.country_code,
        (SELECT count(*) FROM registration r WHERE r.person_id = p.id) AS meeting_count
      FROM person p WHERE p.organisation_id = ?
      ORDER BY p.family_names COLLATE NOCASE, p.given_names COLLATE NOCASE, p.id`),
    // ACTIVE_STATUSES: the statuses that count as coming, as in the meeting's headline.
    meetings: db.prepare<[{ id: number; coming: string }], MeetingRow>(`
      SELECT m.id AS meeting_id, m.title, m.start_date, m.end_date, m.city, m.country_code,
        count(*) AS registered,
        count(*) FILTER (WHERE r.status IN (SELECT value FROM json_each(@coming))) AS coming
      FROM person p
      JOIN registration r ON r.person_id = p.id
      JOIN meeting m ON m.id = r.meeting_id
      WHERE p.organisation_id = @id
      GROUP BY m.id
      ORDER BY m.start_date DESC, m.id DESC`),
  };

  return {
    list: (): Organisation[] => statements.list.all().map(toOrganisation),
    get(id: number): Organisation | null {
      const row = statements.get.get(id);
      return row ? toOrganisation(row) : null;
    },
    exists: (id: number): boolean => statements.exists.get(id) !== undefined,
    insert(fields: OrganisationFields, now: string): number {
      return Number(statements.insert.run({ ...toParams(fields), now }).lastInsertRowid);
    },
    update(id: number, fields: OrganisationFields, now: string): boolean {
      return statements.update.run({ ...toParams(fields), id, now }).changes > 0;
    },
    memberIds: (id: number): number[] => statements.memberIds.all(id),
    /** The organisation's people, by name. */
    members: (id: number): OrganisationMember[] =>
      statements.members.all(id).map((r) => ({
        id: r.id,
        givenNames: r.given_names,
        familyNames: r.family_names,
        position: r.position,
        email: r.email,
        countryCode: r.country_code,
        meetingCount: r.meeting_count,
      })),
    /** The meetings its people are registered to, newest first, with how many of them and coming. */
    meetings: (id: number): OrganisationMeeting[] =>
      statements.meetings.all({ id, coming: JSON.stringify(ACTIVE_STATUSES) }).map((r) => ({
        meetingId: r.meeting_id,
        title: r.title,
        startDate: r.start_date,
        endDate: r.end_date,
        city: r.city,
        countryCode: r.country_code,
        registered: r.registered,
        coming: r.coming,
      })),
    /** Moves every person of `mergeId` to `keepId`, fills what `keepId` lacks, deletes `mergeId`. */
    merge(keepId: number, mergeId: number, now: string): void {
      statements.movePeople.run(keepId, now, mergeId);
      statements.fillBlanks.run({ keepId, mergeId, now });
      statements.delete.run(mergeId);
    },
  };
}
