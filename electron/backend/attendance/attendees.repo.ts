import type { Db } from '../db/connection';
import type { OrganisationType, PoliceRegion, Role, Status } from '../../../shared/domain/people';
import type { SessionType } from '../../../shared/domain/agenda';
import type { SessionInfo } from './types';

/** A registration with what the desk card shows of it, before the badge and the day are added. */
export interface CardRow {
  registrationId: number;
  meetingId: number;
  personId: number;
  title: string;
  givenNames: string;
  familyNames: string;
  badgeName: string;
  organisationName: string;
  organisationAcronym: string;
  organisationType: OrganisationType | null;
  countryCode: string | null;
  policeRegion: PoliceRegion | null;
  role: Role;
  status: Status;
  plannedDays: string[];
  dietary: string;
  accessibility: string;
  visaLetter: boolean;
  deskNote: string;
}

/** A meeting's registration as lists (today's view, roster, counters) need it. */
export interface AttendeeRow {
  registrationId: number;
  givenNames: string;
  familyNames: string;
  organisationName: string;
  organisationType: OrganisationType | null;
  countryCode: string | null;
  policeRegion: PoliceRegion | null;
  email: string;
  phone: string;
  role: Role;
  status: Status;
  plannedDays: string[];
}

type AttendeeTuple = [
  number,
  string,
  string,
  string | null,
  OrganisationType | null,
  string | null,
  PoliceRegion | null,
  string,
  string,
  Role,
  Status,
  string,
];

const days = (json: string): string[] => (json === '[]' ? [] : (JSON.parse(json) as string[]));

const CARD = `
  SELECT r.id, r.meeting_id, r.person_id, p.title, p.given_names, p.family_names, r.badge_name,
    o.name AS organisation_name, o.acronym AS organisation_acronym, o.type AS organisation_type,
    p.country_code, c.police_region, r.role, r.status, r.planned_days, r.dietary, r.accessibility,
    r.visa_letter, n.note AS desk_note
  FROM registration r JOIN person p ON p.id = r.person_id
  LEFT JOIN organisation o ON o.id = p.organisation_id
  LEFT JOIN country c ON c.code = p.country_code
  LEFT JOIN desk_note n ON n.registration_id = r.id`;

interface CardSqlRow {
  id: number;
  meeting_id: number;
  person_id: number;
  title: string;
  given_names: string;
  family_names: string;
  badge_name: string;
  organisation_name: string | null;
  organisation_acronym: string | null;
  organisation_type: OrganisationType | null;
  country_code: string | null;
  police_region: PoliceRegion | null;
  role: Role;
  status: Status;
  planned_days: string;
  dietary: string;
  accessibility: string;
  visa_letter: number;
  desk_note: string | null;
}

const toCard = (r: CardSqlRow): CardRow => ({
  registrationId: r.id,
  meetingId: r.meeting_id,
  personId: r.person_id,
  title: r.title,
  givenNames: r.given_names,
  familyNames: r.family_names,
  badgeName: r.badge_name,
  organisationName: r.organisation_name ?? '',
  organisationAcronym: r.organisation_acronym ?? '',
  organisationType: r.organisation_type,
  countryCode: r.country_code,
  policeRegion: r.police_region,
  role: r.role,
  status: r.status,
  plannedDays: days(r.planned_days),
  dietary: r.dietary,
  accessibility: r.accessibility,
  visaLetter: r.visa_letter === 1,
  deskNote: r.desk_note ?? '',
});

interface SessionSqlRow {
  id: number;
  meeting_id: number;
  title: string;
  type: SessionType;
  day: string;
  start_minute: number;
  end_minute: number;
  region: PoliceRegion | null;
  restricted: number;
  room_name: string | null;
  people: string;
}

const SESSION = `
  SELECT s.id, s.meeting_id, s.title, s.type, s.day, s.start_minute, s.end_minute, s.region,
    s.restricted, rm.name AS room_name,
    (SELECT json_group_array(registration_id) FROM session_person WHERE session_id = s.id) AS people
  FROM session s LEFT JOIN room rm ON rm.id = s.room_id`;

const toSession = (r: SessionSqlRow): SessionInfo => ({
  id: r.id,
  meetingId: r.meeting_id,
  title: r.title,
  type: r.type,
  day: r.day,
  startMinute: r.start_minute,
  endMinute: r.end_minute,
  region: r.region,
  restricted: r.restricted === 1,
  roomName: r.room_name ?? '',
  people: JSON.parse(r.people) as number[],
});

/** SQL for the people of a meeting as the desk, the rosters and today's view show them. */
export function createAttendeesRepo(db: Db) {
  const s = {
    card: db.prepare<[number], CardSqlRow>(`${CARD} WHERE r.id = ?`),
    find: db
      .prepare<[number, number], number>(
        'SELECT id FROM registration WHERE meeting_id = ? AND person_id = ?',
      )
      .pluck(),
    attendees: db
      .prepare<[number], AttendeeTuple>(
        `SELECT r.id, p.given_names, p.family_names, o.name, o.type, p.country_code,
           c.police_region, p.email, p.phone, r.role, r.status, r.planned_days
         FROM registration r JOIN person p ON p.id = r.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN country c ON c.code = p.country_code
         WHERE r.meeting_id = ?`,
      )
      .raw(),
    byIds: db
      .prepare<[string], AttendeeTuple>(
        `SELECT r.id, p.given_names, p.family_names, o.name, o.type, p.country_code,
           c.police_region, p.email, p.phone, r.role, r.status, r.planned_days
         FROM registration r JOIN person p ON p.id = r.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN country c ON c.code = p.country_code
         WHERE r.id IN (SELECT value FROM json_each(?))`,
      )
      .raw(),
    session: db.prepare<[number], SessionSqlRow>(`${SESSION} WHERE s.id = ?`),
    sessionsOn: db.prepare<[number, string], SessionSqlRow>(
      `${SESSION} WHERE s.meeting_id = ? AND s.day = ? ORDER BY s.start_minute, s.id`,
    ),
    sessions: db.prepare<[number], SessionSqlRow>(
      `${SESSION} WHERE s.meeting_id = ? ORDER BY s.day, s.start_minute, s.id`,
    ),
    setNote: db.prepare<[number, string, string]>(`
      INSERT INTO desk_note (registration_id, note, updated_at) VALUES (?, ?, ?)
      ON CONFLICT (registration_id) DO UPDATE SET note = excluded.note,
        updated_at = excluded.updated_at`),
    deleteNote: db.prepare<[number]>('DELETE FROM desk_note WHERE registration_id = ?'),
    known: db.prepare<
      { meeting: number; email: string; names: string },
      {
        id: number;
        given_names: string;
        family_names: string;
        email: string;
        organisation_name: string | null;
        country_code: string | null;
        by_email: number;
        registration_id: number | null;
        status: Status | null;
      }
    >(`
      SELECT p.id, p.given_names, p.family_names, p.email, o.name AS organisation_name,
        p.country_code, (@email <> '' AND p.email_key = @email) AS by_email,
        r.id AS registration_id, r.status
      FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
      LEFT JOIN registration r ON r.person_id = p.id AND r.meeting_id = @meeting
      WHERE (@email <> '' AND p.email_key = @email)
        OR p.name_key IN (SELECT value FROM json_each(@names) WHERE value <> '')
      ORDER BY by_email DESC, p.family_names, p.given_names LIMIT 10`),
  };

  const toAttendee = (t: AttendeeTuple): AttendeeRow => ({
    registrationId: t[0],
    givenNames: t[1],
    familyNames: t[2],
    organisationName: t[3] ?? '',
    organisationType: t[4],
    countryCode: t[5],
    policeRegion: t[6],
    email: t[7],
    phone: t[8],
    role: t[9],
    status: t[10],
    plannedDays: days(t[11]),
  });

  return {
    card(registrationId: number): CardRow | null {
      const r = s.card.get(registrationId);
      return r ? toCard(r) : null;
    },
    registrationOf: (meetingId: number, personId: number): number | null =>
      s.find.get(meetingId, personId) ?? null,
    /** Every registration of the meeting, light enough for 5,000 people in a few milliseconds. */
    attendees: (meetingId: number): AttendeeRow[] => s.attendees.all(meetingId).map(toAttendee),
    byIds: (ids: readonly number[]): AttendeeRow[] =>
      s.byIds.all(JSON.stringify(ids)).map(toAttendee),
    session(id: number): SessionInfo | null {
      const r = s.session.get(id);
      return r ? toSession(r) : null;
    },
    sessionsOn: (meetingId: number, day: string): SessionInfo[] =>
      s.sessionsOn.all(meetingId, day).map(toSession),
    sessions: (meetingId: number): SessionInfo[] => s.sessions.all(meetingId).map(toSession),
    /** People known by this email key or one of these name keys, with their registration here. */
    knownPeople(meetingId: number, emailKey: string, nameKeys: string[]) {
      return s.known
        .all({ meeting: meetingId, email: emailKey, names: JSON.stringify(nameKeys) })
        .map((r) => ({
          personId: r.id,
          givenNames: r.given_names,
          familyNames: r.family_names,
          email: r.email,
          organisationName: r.organisation_name ?? '',
          countryCode: r.country_code,
          reason: r.by_email === 1 ? ('email' as const) : ('name' as const),
          registrationId: r.registration_id,
          status: r.status,
        }));
    },
    /** Sets the note shown at the desk; an empty one is removed. */
    setDeskNote(registrationId: number, note: string, now: string): void {
      if (note) s.setNote.run(registrationId, note, now);
      else s.deleteNote.run(registrationId);
    },
  };
}

export type AttendeesRepo = ReturnType<typeof createAttendeesRepo>;
