import type { Db } from '../../db/connection';
import type { Status } from '../../../../shared/domain/people';
import type { DocumentPerson } from './document-values';

export interface SessionRow {
  id: number;
  title: string;
  day: string;
  startMinute: number;
  endMinute: number;
  type: string;
  /** The room's name; '' for a session in every room or in none. */
  room: string;
}

/** SQL of what certificates say of people and sessions. */
export function createDocumentPeopleRepo(db: Db) {
  const s = {
    people: db.prepare<
      [number],
      {
        registration_id: number;
        title: string;
        given_names: string;
        family_names: string;
        position: string;
        organisation_name: string;
        country_code: string | null;
        status: Status;
      }
    >(
      `SELECT r.id AS registration_id, p.title, p.given_names, p.family_names, p.position,
         coalesce(o.name, '') AS organisation_name, p.country_code, r.status
       FROM registration r
       JOIN person p ON p.id = r.person_id
       LEFT JOIN organisation o ON o.id = p.organisation_id
       WHERE r.meeting_id = ?
       ORDER BY p.family_names COLLATE NOCASE, p.given_names COLLATE NOCASE, r.id`,
    ),
    sessions: db.prepare<
      [number],
      {
        id: number;
        title: string;
        day: string;
        start_minute: number;
        end_minute: number;
        type: string;
        room: string;
      }
    >(
      `SELECT s.id, s.title, s.day, s.start_minute, s.end_minute, s.type,
         coalesce(r.name, '') AS room
       FROM session s LEFT JOIN room r ON r.id = s.room_id
       WHERE s.meeting_id = ? ORDER BY s.day, s.start_minute, r.position, s.id`,
    ),
  };
  return {
    /** Everyone registered to the meeting, in name order, with their status. */
    people: (meetingId: number): (DocumentPerson & { status: Status })[] =>
      s.people.all(meetingId).map((r) => ({
        registrationId: r.registration_id,
        title: r.title,
        givenNames: r.given_names,
        familyNames: r.family_names,
        position: r.position,
        organisationName: r.organisation_name,
        countryCode: r.country_code,
        status: r.status,
      })),
    sessions: (meetingId: number): SessionRow[] =>
      s.sessions.all(meetingId).map((r) => ({
        id: r.id,
        title: r.title,
        day: r.day,
        startMinute: r.start_minute,
        endMinute: r.end_minute,
        type: r.type,
        room: r.room,
      })),
  };
}
