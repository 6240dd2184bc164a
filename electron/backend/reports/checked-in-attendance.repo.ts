import type { Db } from '../db/connection';
import type { AttendanceFacts } from '../../../shared/domain/reports';
import type { AttendanceSource } from './attendance-source';

const IDS = 'SELECT value FROM json_each(?)';

/**
 * The reports' attendance, read from what the desk and the session doors record (the attendance
 * slice's migration 0110): a registration is present on a day when it has a check-in that day
 * (checked out later or not), and at a session when it has that session's check-in. Rows of a
 * session deleted from the agenda wait there for its undo and are not counted. The facts are
 * kept while the database is unchanged, so a dashboard's filter changes do not read them again.
 */
export function createCheckedInAttendance(db: Db): AttendanceSource {
  const s = {
    days: db
      .prepare<[string], [string, number]>(
        `SELECT day, registration_id FROM attendance_day WHERE meeting_id IN (${IDS})`,
      )
      .raw(),
    sessions: db
      .prepare<[string], [number, number]>(
        `SELECT a.session_id, a.registration_id FROM attendance_session a
         JOIN session s ON s.id = a.session_id
         WHERE s.meeting_id IN (${IDS})`,
      )
      .raw(),
    changes: db.prepare<[], number>('SELECT total_changes()').pluck(),
  };
  const cache = new Map<string, { version: string; facts: AttendanceFacts }>();

  return {
    factsFor(meetingIds) {
      const key = JSON.stringify([...meetingIds].sort((a, b) => a - b));
      const version = `${s.changes.get() ?? 0}:${db.pragma('data_version', { simple: true })}`;
      const cached = cache.get(key);
      if (cached?.version === version) return cached.facts;
      const byDay: Record<string, number[]> = {};
      for (const [day, id] of s.days.all(key)) (byDay[day] ??= []).push(id);
      const bySession: Record<string, number[]> = {};
      for (const [session, id] of s.sessions.all(key)) (bySession[String(session)] ??= []).push(id);
      const facts: AttendanceFacts = {
        recorded: Object.keys(byDay).length > 0 || Object.keys(bySession).length > 0,
        byDay,
        bySession,
      };
      if (cache.size >= 4) cache.delete(cache.keys().next().value!);
      cache.set(key, { version, facts });
      return facts;
    },
  };
}
