import type { Db } from '../db/connection';
import { createAwardsRepo } from './awards.repo';

interface InUseRow {
  id: number;
  title: string;
  day: string;
  start_minute: number;
  registration_id: number;
  meeting_id: number;
}

/** Read-only questions other screens ask of the agenda. */
export function createAgendaQueries(db: Db) {
  const awards = createAwardsRepo(db);
  // One statement per call: json_each takes the whole id list as a bound parameter.
  const sessionsOf = db.prepare<[string], InUseRow>(`
    SELECT s.id, s.title, s.day, s.start_minute, sp.registration_id, s.meeting_id
    FROM json_each(?) j JOIN session_person sp ON sp.registration_id = j.value
    JOIN session s ON s.id = sp.session_id
    ORDER BY s.day, s.start_minute, s.id`);
  return {
    /** The sessions each of these registrations is on (asked before they are removed). */
    sessionsOf(registrationIds: number[]) {
      return sessionsOf.all(JSON.stringify(registrationIds)).map((r) => ({
        id: r.id,
        title: r.title,
        day: r.day,
        startMinute: r.start_minute,
        registrationId: r.registration_id,
        meetingId: r.meeting_id,
      }));
    },
    awardsFor: (personId: number | null, organisationId: number | null) =>
      awards.forRecipient(personId, organisationId),
  };
}
