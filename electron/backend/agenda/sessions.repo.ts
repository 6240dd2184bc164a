import type { Db } from '../db/connection';
import type {
  AgendaPerson,
  Session,
  SessionPerson,
  SessionPersonRole,
  SessionType,
} from '../../../shared/domain/agenda';
import type { OrganisationType, PoliceRegion, Status } from '../../../shared/domain/people';
import { displayName } from '../../../shared/domain/people';

interface SessionRow {
  id: number;
  meeting_id: number;
  title: string;
  type: SessionType;
  day: string;
  start_minute: number;
  end_minute: number;
  room_id: number | null;
  all_rooms: number;
  track_id: number | null;
  region: PoliceRegion | null;
  description: string;
  tentative: number;
  expected_audience: number | null;
  restricted: number;
  presenter_country_code: string | null;
  presenter_organisation_id: number | null;
  updated_at: string;
}

interface PersonRow {
  session_id: number;
  registration_id: number;
  role: SessionPersonRole;
}

interface AgendaPersonRow {
  registration_id: number;
  person_id: number;
  title: string;
  given_names: string;
  family_names: string;
  status: Status;
  organisation_id: number | null;
  organisation_name: string | null;
  organisation_type: OrganisationType | null;
  country_code: string | null;
}

const toSession = (r: SessionRow, people: SessionPerson[]): Session => ({
  id: r.id,
  meetingId: r.meeting_id,
  title: r.title,
  type: r.type,
  day: r.day,
  startMinute: r.start_minute,
  endMinute: r.end_minute,
  roomId: r.room_id,
  allRooms: r.all_rooms === 1,
  trackId: r.track_id,
  region: r.region,
  description: r.description,
  tentative: r.tentative === 1,
  expectedAudience: r.expected_audience,
  restricted: r.restricted === 1,
  presenterCountryCode: r.presenter_country_code,
  presenterOrganisationId: r.presenter_organisation_id,
  people,
  updatedAt: r.updated_at,
});

const sessionParams = (s: Omit<Session, 'people'>) => ({
  id: s.id,
  meeting_id: s.meetingId,
  title: s.title,
  type: s.type,
  day: s.day,
  start_minute: s.startMinute,
  end_minute: s.endMinute,
  room_id: s.roomId,
  all_rooms: s.allRooms ? 1 : 0,
  track_id: s.trackId,
  region: s.region,
  description: s.description,
  tentative: s.tentative ? 1 : 0,
  expected_audience: s.expectedAudience,
  restricted: s.restricted ? 1 : 0,
  presenter_country_code: s.presenterCountryCode,
  presenter_organisation_id: s.presenterOrganisationId,
  updated_at: s.updatedAt,
});

const COLUMNS = `meeting_id, title, type, day, start_minute, end_minute, room_id, all_rooms,
  track_id, region, description, tentative, expected_audience, restricted, presenter_country_code,
  presenter_organisation_id, updated_at`;
const VALUES = `@meeting_id, @title, @type, @day, @start_minute, @end_minute, @room_id, @all_rooms,
  @track_id, @region, @description, @tentative, @expected_audience, @restricted,
  @presenter_country_code, @presenter_organisation_id, @updated_at`;

/** Groups people rows by session, in their order. */
function peopleBySession(rows: PersonRow[]): Map<number, SessionPerson[]> {
  const map = new Map<number, SessionPerson[]>();
  for (const r of rows) {
    const person = { registrationId: r.registration_id, role: r.role };
    const list = map.get(r.session_id);
    if (list) list.push(person);
    else map.set(r.session_id, [person]);
  }
  return map;
}

/** SQL for sessions and the people on them. */
export function createSessionsRepo(db: Db) {
  const s = {
    sessions: db.prepare<[number], SessionRow>(
      'SELECT * FROM session WHERE meeting_id = ? ORDER BY day, start_minute, id',
    ),
    session: db.prepare<[number], SessionRow>('SELECT * FROM session WHERE id = ?'),
    meetingPeople: db.prepare<[number], PersonRow>(`
      SELECT sp.session_id, sp.registration_id, sp.role FROM session_person sp
      JOIN session s ON s.id = sp.session_id WHERE s.meeting_id = ?
      ORDER BY sp.session_id, sp.position`),
    people: db.prepare<[number], PersonRow>(
      'SELECT session_id, registration_id, role FROM session_person WHERE session_id = ? ORDER BY position',
    ),
    insert: db.prepare(`INSERT INTO session (${COLUMNS}) VALUES (${VALUES})`),
    upsert: db.prepare(`
      INSERT INTO session (id, ${COLUMNS}) VALUES (@id, ${VALUES})
      ON CONFLICT(id) DO UPDATE SET title = excluded.title, type = excluded.type,
        day = excluded.day, start_minute = excluded.start_minute, end_minute = excluded.end_minute,
        room_id = excluded.room_id, all_rooms = excluded.all_rooms, track_id = excluded.track_id,
        region = excluded.region, description = excluded.description,
        tentative = excluded.tentative, expected_audience = excluded.expected_audience,
        restricted = excluded.restricted, presenter_country_code = excluded.presenter_country_code,
        presenter_organisation_id = excluded.presenter_organisation_id,
        updated_at = excluded.updated_at`),
    delete: db.prepare<[number]>('DELETE FROM session WHERE id = ?'),
    clearPeople: db.prepare<[number]>('DELETE FROM session_person WHERE session_id = ?'),
    addPerson: db.prepare<[number, number, string, number]>(
      'INSERT INTO session_person (session_id, registration_id, role, position) VALUES (?, ?, ?, ?)',
    ),
    inRoom: db.prepare<[number], { id: number }>('SELECT id FROM session WHERE room_id = ?'),
    withTrack: db.prepare<[number], { id: number }>('SELECT id FROM session WHERE track_id = ?'),
    agendaPeople: db.prepare<[number], AgendaPersonRow>(`
      SELECT DISTINCT r.id AS registration_id, p.id AS person_id, p.title, p.given_names,
        p.family_names, r.status, o.id AS organisation_id, o.name AS organisation_name,
        o.type AS organisation_type, p.country_code
      FROM session s JOIN session_person sp ON sp.session_id = s.id
      JOIN registration r ON r.id = sp.registration_id
      JOIN person p ON p.id = r.person_id
      LEFT JOIN organisation o ON o.id = p.organisation_id
      WHERE s.meeting_id = ?`),
    registrationMeeting: db.prepare<[number], { meeting_id: number }>(
      'SELECT meeting_id FROM registration WHERE id = ?',
    ),
  };

  return {
    sessions(meetingId: number): Session[] {
      const people = peopleBySession(s.meetingPeople.all(meetingId));
      return s.sessions.all(meetingId).map((r) => toSession(r, people.get(r.id) ?? []));
    },
    session(id: number): Session | null {
      const row = s.session.get(id);
      if (!row) return null;
      return toSession(row, peopleBySession(s.people.all(id)).get(id) ?? []);
    },
    /** Inserts a new session (its id is chosen by SQLite) with its people; returns the id. */
    insert(session: Omit<Session, 'id'>): number {
      const id = Number(s.insert.run(sessionParams({ ...session, id: 0 })).lastInsertRowid);
      session.people.forEach((p, i) => s.addPerson.run(id, p.registrationId, p.role, i));
      return id;
    },
    /** Writes the session exactly as given, people included (creating it when missing). */
    put(session: Session): void {
      s.upsert.run(sessionParams(session));
      s.clearPeople.run(session.id);
      session.people.forEach((p, i) => s.addPerson.run(session.id, p.registrationId, p.role, i));
    },
    delete: (id: number) => void s.delete.run(id),
    idsInRoom: (roomId: number): number[] => s.inRoom.all(roomId).map((r) => r.id),
    idsWithTrack: (trackId: number): number[] => s.withTrack.all(trackId).map((r) => r.id),
    /** Everyone on the meeting's sessions, with what the clash rules and the blocks show. */
    agendaPeople(meetingId: number): AgendaPerson[] {
      return s.agendaPeople.all(meetingId).map((r) => ({
        registrationId: r.registration_id,
        personId: r.person_id,
        name: displayName({ givenNames: r.given_names, familyNames: r.family_names }),
        status: r.status,
        organisationId: r.organisation_id,
        organisationName: r.organisation_name ?? '',
        organisationType: r.organisation_type,
        countryCode: r.country_code,
      }));
    },
    registrationMeeting: (registrationId: number): number | null =>
      s.registrationMeeting.get(registrationId)?.meeting_id ?? null,
  };
}

export type SessionsRepo = ReturnType<typeof createSessionsRepo>;
