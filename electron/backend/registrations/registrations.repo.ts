import type { Db } from '../db/connection';
import type {
  Gender,
  OrganisationType,
  PoliceRegion,
  Role,
  Status,
} from '../../../shared/domain/people';
import { matchingPeople } from '../people/search.repo';
import type { ParticipantRow, RegistrationFields, StatusChange } from './types';

// Rows come back as arrays: for the 10,000-row view, better-sqlite3 builds arrays several times
// faster than objects with this many columns.
type ParticipantTuple = [
  id: number,
  personId: number,
  title: string,
  givenNames: string,
  familyNames: string,
  email: string,
  phone: string,
  gender: Gender | null,
  position: string,
  organisationId: number | null,
  organisationName: string | null,
  organisationAcronym: string | null,
  organisationType: OrganisationType | null,
  countryCode: string | null,
  policeRegion: PoliceRegion | null,
  m49Region: string | null,
  consentToList: number,
  role: Role,
  status: Status,
  badgeName: string,
  visaLetter: number,
  plannedDays: string,
  arrivalDate: string | null,
  departureDate: string | null,
  dietary: string,
  accessibility: string,
  internalNotes: string,
  updatedAt: string,
];

function toParticipant(t: ParticipantTuple): ParticipantRow {
  return {
    id: t[0],
    personId: t[1],
    title: t[2],
    givenNames: t[3],
    familyNames: t[4],
    email: t[5],
    phone: t[6],
    gender: t[7],
    position: t[8],
    organisationId: t[9],
    organisationName: t[10] ?? '',
    organisationAcronym: t[11] ?? '',
    organisationType: t[12],
    countryCode: t[13],
    policeRegion: t[14],
    m49Region: t[15] ?? '',
    consentToList: t[16] === 1,
    role: t[17],
    status: t[18],
    badgeName: t[19],
    visaLetter: t[20] === 1,
    plannedDays: t[21] === '[]' ? [] : (JSON.parse(t[21]) as string[]),
    arrivalDate: t[22],
    departureDate: t[23],
    dietary: t[24],
    accessibility: t[25],
    internalNotes: t[26],
    updatedAt: t[27],
  };
}

/** A registration's own fields as the registration table's named parameters. */
export const registrationParams = (f: RegistrationFields) => ({
  role: f.role,
  status: f.status,
  planned_days: JSON.stringify([...f.plannedDays].sort()),
  arrival_date: f.arrivalDate,
  departure_date: f.departureDate,
  dietary: f.dietary,
  accessibility: f.accessibility,
  visa_letter: f.visaLetter ? 1 : 0,
  badge_name: f.badgeName,
  internal_notes: f.internalNotes,
});

// One join for the whole view: the registration with its person, organisation and country. Consent
// to be listed is the meeting's own answer, else the person's (migration 0200).
const PARTICIPANTS = `
  SELECT r.id, r.person_id, p.title, p.given_names, p.family_names, p.email, p.phone, p.gender,
    p.position, p.organisation_id, o.name AS organisation_name, o.acronym AS organisation_acronym,
    o.type AS organisation_type, p.country_code, c.police_region, c.m49_region,
    coalesce(r.consent_to_list, p.consent_to_list),
    r.role, r.status, r.badge_name, r.visa_letter, r.planned_days, r.arrival_date,
    r.departure_date, r.dietary, r.accessibility, r.internal_notes, r.updated_at
  FROM registration r
  JOIN person p ON p.id = r.person_id
  LEFT JOIN organisation o ON o.id = p.organisation_id
  LEFT JOIN country c ON c.code = p.country_code`;
const BY_NAME = 'ORDER BY p.family_names COLLATE NOCASE, p.given_names COLLATE NOCASE, r.id';
const IDS = 'SELECT value FROM json_each(?)';

/** A meeting's registrations as two arrays sorted by person id: who, and their registration. */
interface Attendees {
  personIds: Int32Array;
  registrationIds: Int32Array;
}

/**
 * The attendees of one meeting, kept between searches until the database changes: reading 50,000
 * registrations costs more than the search itself. total_changes() moves with every write of this
 * connection (data_version with other connections'); inside a transaction nothing is kept, as it
 * may yet be rolled back.
 */
function meetingAttendees(db: Db): (meetingId: number) => Attendees {
  const stamp = db
    .prepare<[], string>(
      "SELECT total_changes() || ':' || (SELECT data_version FROM pragma_data_version)",
    )
    .pluck();
  const read = db
    .prepare<[number], [string, string]>(
      `SELECT json_group_array(person_id), json_group_array(id) FROM (
         SELECT person_id, id FROM registration WHERE meeting_id = ? ORDER BY person_id)`,
    )
    .raw();
  let kept: { meetingId: number; stamp: string; attendees: Attendees } | null = null;
  return (meetingId) => {
    const now = db.inTransaction ? null : (stamp.get() ?? null);
    if (kept && kept.meetingId === meetingId && kept.stamp === now) return kept.attendees;
    const [people = '[]', registrations = '[]'] = read.get(meetingId) ?? [];
    const attendees = {
      personIds: Int32Array.from(JSON.parse(people) as number[]),
      registrationIds: Int32Array.from(JSON.parse(registrations) as number[]),
    };
    kept = now === null ? null : { meetingId, stamp: now, attendees };
    return attendees;
  };
}

/** SQL for registrations, their status history and the participants view. */
export function createRegistrationsRepo(db: Db) {
  const statements = {
    list: db
      .prepare<[number], ParticipantTuple>(`${PARTICIPANTS} WHERE r.meeting_id = ? ${BY_NAME}`)
      .raw(),
    byIds: db
      .prepare<[number, string], ParticipantTuple>(
        `${PARTICIPANTS} WHERE r.meeting_id = ? AND r.id IN (${IDS})`,
      )
      .raw(),
    get: db.prepare<[number], ParticipantTuple>(`${PARTICIPANTS} WHERE r.id = ?`).raw(),
    head: db.prepare<[number], { meeting_id: number; status: Status }>(
      'SELECT meeting_id, status FROM registration WHERE id = ?',
    ),
    find: db
      .prepare<[number, number], number>(
        'SELECT id FROM registration WHERE meeting_id = ? AND person_id = ?',
      )
      .pluck(),
    insert: db.prepare(`
      INSERT INTO registration (meeting_id, person_id, role, status, planned_days, arrival_date,
        departure_date, dietary, accessibility, visa_letter, badge_name, internal_notes,
        created_at, updated_at)
      VALUES (@meeting_id, @person_id, @role, @status, @planned_days, @arrival_date,
        @departure_date, @dietary, @accessibility, @visa_letter, @badge_name, @internal_notes,
        @now, @now)`),
    update: db.prepare(`
      UPDATE registration SET role = @role, status = @status, planned_days = @planned_days,
        arrival_date = @arrival_date, departure_date = @departure_date, dietary = @dietary,
        accessibility = @accessibility, visa_letter = @visa_letter, badge_name = @badge_name,
        internal_notes = @internal_notes, updated_at = @now
      WHERE id = @id`),
    addHistory: db.prepare<[number, Status, string]>(
      'INSERT INTO registration_status_change (registration_id, status, changed_at) VALUES (?, ?, ?)',
    ),
    history: db.prepare<[number], { status: Status; changed_at: string }>(
      'SELECT status, changed_at FROM registration_status_change WHERE registration_id = ? ORDER BY id',
    ),
    count: db
      .prepare<[string], number>(`SELECT count(*) FROM registration WHERE id IN (${IDS})`)
      .pluck(),
    // History first, while the old status still tells which rows really change.
    bulkHistory: db.prepare<{ ids: string; status: Status; now: string }>(`
      INSERT INTO registration_status_change (registration_id, status, changed_at)
      SELECT id, @status, @now FROM registration
      WHERE id IN (SELECT value FROM json_each(@ids)) AND status <> @status`),
    bulkStatus: db.prepare<{ ids: string; status: Status; now: string }>(`
      UPDATE registration SET status = @status, updated_at = @now
      WHERE id IN (SELECT value FROM json_each(@ids)) AND status <> @status`),
    bulkRole: db.prepare<{ ids: string; role: Role; now: string }>(`
      UPDATE registration SET role = @role, updated_at = @now
      WHERE id IN (SELECT value FROM json_each(@ids)) AND role <> @role`),
    all: db.prepare<[number], number>('SELECT id FROM registration WHERE meeting_id = ?').pluck(),
    bulkConsent: db.prepare<{ ids: string; consent: number; now: string }>(`
      UPDATE registration SET consent_to_list = @consent, updated_at = @now
      WHERE id IN (SELECT value FROM json_each(@ids)) AND consent_to_list IS NOT @consent`),
  };
  const attendees = meetingAttendees(db);

  return {
    list: (meetingId: number): ParticipantRow[] =>
      statements.list.all(meetingId).map(toParticipant),
    /** The meeting's rows among `ids`, in the order of `ids` (the view's order); others are left out. */
    byIds(meetingId: number, ids: number[]): ParticipantRow[] {
      const rows = new Map(
        statements.byIds.all(meetingId, JSON.stringify(ids)).map((t) => [t[0], t]),
      );
      return ids.flatMap((id) => {
        const row = rows.get(id);
        return row ? [toParticipant(row)] : [];
      });
    },
    get(id: number): ParticipantRow | null {
      const row = statements.get.get(id);
      return row ? toParticipant(row) : null;
    },
    head(id: number): { meetingId: number; status: Status } | null {
      const row = statements.head.get(id);
      return row ? { meetingId: row.meeting_id, status: row.status } : null;
    },
    find: (meetingId: number, personId: number): number | null =>
      statements.find.get(meetingId, personId) ?? null,
    insert(meetingId: number, personId: number, fields: RegistrationFields, now: string): number {
      const params = {
        ...registrationParams(fields),
        meeting_id: meetingId,
        person_id: personId,
        now,
      };
      return Number(statements.insert.run(params).lastInsertRowid);
    },
    update(id: number, fields: RegistrationFields, now: string): void {
      statements.update.run({ ...registrationParams(fields), id, now });
    },
    addHistory(id: number, status: Status, at: string): void {
      statements.addHistory.run(id, status, at);
    },
    history: (id: number): StatusChange[] =>
      statements.history.all(id).map((h) => ({ status: h.status, changedAt: h.changed_at })),
    count: (ids: number[]): number => statements.count.get(JSON.stringify(ids)) ?? 0,
    /** Sets the status of every registration in `ids` that has another one, recording each change. */
    bulkStatus(ids: number[], status: Status, now: string): void {
      const params = { ids: JSON.stringify(ids), status, now };
      statements.bulkHistory.run(params);
      statements.bulkStatus.run(params);
    },
    bulkRole(ids: number[], role: Role, now: string): void {
      statements.bulkRole.run({ ids: JSON.stringify(ids), role, now });
    },
    /** Gives the registrations in `ids` this meeting's own answer on being listed. */
    bulkConsent(ids: number[], consent: boolean, now: string): void {
      statements.bulkConsent.run({ ids: JSON.stringify(ids), consent: consent ? 1 : 0, now });
    },
    /**
     * Ids of the meeting's registrations whose person matches `match` (from searchMatch; null for
     * everyone), in the order of their people's ids.
     */
    search(meetingId: number, match: string | null): number[] {
      if (match === null) return statements.all.all(meetingId);
      // Both lists are sorted by person: one merge pass, where a join would probe the
      // registration index once per person found (half the directory for a one-letter search).
      const found = matchingPeople(db, match);
      const { personIds, registrationIds } = attendees(meetingId);
      const ids: number[] = [];
      let at = 0;
      for (const personId of found) {
        while (at < personIds.length && personIds[at]! < personId) at++;
        if (at === personIds.length) break;
        if (personIds[at] === personId) ids.push(registrationIds[at]!);
      }
      return ids;
    },
  };
}

export type RegistrationsRepo = ReturnType<typeof createRegistrationsRepo>;
