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
    // One row per day (per session) with its ids joined by SQLite: about a quarter of the work of
    // handing 36,000 rows over one by one for 10,000 people.
    days: db
      .prepare<[string], [string, string]>(
        `SELECT day, group_concat(registration_id) FROM attendance_day
         WHERE meeting_id IN (${IDS}) GROUP BY day`,
      )
      .raw(),
    sessions: db
      .prepare<[string], [number, string]>(
        `SELECT a.session_id, group_concat(a.registration_id) FROM attendance_session a
         JOIN session s ON s.id = a.session_id
         WHERE s.meeting_id IN (${IDS}) GROUP BY a.session_id`,
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
      const ids = (joined: string) => joined.split(',').map(Number);
      const byDay: Record<string, number[]> = {};
      for (const [day, joined] of s.days.all(key)) byDay[day] = ids(joined);
      const bySession: Record<string, number[]> = {};
      for (const [session, joined] of s.sessions.all(key)) bySession[String(session)] = ids(joined);
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
