import type { Db } from '../db/connection';
import type { CheckInMethod } from '../../../shared/domain/attendance';
import type { PoliceRegion, Status } from '../../../shared/domain/people';

export interface DayRecord {
  checkedInAt: string;
  checkedOutAt: string | null;
  method: CheckInMethod;
  operator: string;
}

export interface SessionRecord {
  checkedInAt: string;
  method: CheckInMethod;
  operator: string;
}

interface DayRecordRow {
  checked_in_at: string;
  checked_out_at: string | null;
  method: CheckInMethod;
  operator: string;
}

const toDay = (r: DayRecordRow): DayRecord => ({
  checkedInAt: r.checked_in_at,
  checkedOutAt: r.checked_out_at,
  method: r.method,
  operator: r.operator,
});

/** SQL for attendance records: one per registration and day, one per registration and session. */
export function createAttendanceRepo(db: Db) {
  const s = {
    day: db.prepare<[number, string], DayRecordRow>(
      `SELECT checked_in_at, checked_out_at, method, operator FROM attendance_day
       WHERE registration_id = ? AND day = ?`,
    ),
    days: db.prepare<[number], DayRecordRow & { day: string }>(
      `SELECT day, checked_in_at, checked_out_at, method, operator FROM attendance_day
       WHERE registration_id = ? ORDER BY day`,
    ),
    insertDay: db.prepare(`
      INSERT INTO attendance_day (registration_id, meeting_id, day, checked_in_at, checked_out_at,
        method, operator)
      SELECT id, meeting_id, @day, @in, @out, @method, @operator FROM registration
      WHERE id = @registration`),
    updateDay: db.prepare(`
      UPDATE attendance_day SET checked_in_at = @in, checked_out_at = @out, method = @method,
        operator = @operator
      WHERE registration_id = @registration AND day = @day`),
    deleteDay: db.prepare<[number, string]>(
      'DELETE FROM attendance_day WHERE registration_id = ? AND day = ?',
    ),
    session: db.prepare<
      [number, number],
      { checked_in_at: string; method: CheckInMethod; operator: string }
    >(
      `SELECT checked_in_at, method, operator FROM attendance_session
       WHERE session_id = ? AND registration_id = ?`,
    ),
    insertSession: db.prepare<[number, number, string, CheckInMethod, string]>(
      `INSERT INTO attendance_session (session_id, registration_id, checked_in_at, method, operator)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    deleteSession: db.prepare<[number, number]>(
      'DELETE FROM attendance_session WHERE session_id = ? AND registration_id = ?',
    ),
    // The session still exists: rows of a deleted session wait for an undo, unseen.
    sessionsOf: db.prepare<
      [number],
      { session_id: number; checked_in_at: string; method: CheckInMethod; operator: string }
    >(
      `SELECT a.session_id, a.checked_in_at, a.method, a.operator FROM attendance_session a
       JOIN session s ON s.id = a.session_id WHERE a.registration_id = ?`,
    ),
    sessionAttendance: db.prepare<
      [number],
      { registration_id: number; checked_in_at: string; method: CheckInMethod; operator: string }
    >(
      `SELECT registration_id, checked_in_at, method, operator FROM attendance_session
       WHERE session_id = ?`,
    ),
    // Only what the day's counters need, as arrays: 5,000 people in a few milliseconds.
    counterRows: db
      .prepare<[string, number], [Status, string, PoliceRegion | null, number]>(
        `SELECT r.status, r.planned_days, c.police_region, a.registration_id IS NOT NULL
         FROM registration r JOIN person p ON p.id = r.person_id
         LEFT JOIN country c ON c.code = p.country_code
         LEFT JOIN attendance_day a ON a.registration_id = r.id AND a.day = ?
         WHERE r.meeting_id = ?`,
      )
      .raw(),
    any: db
      .prepare<[number], number>('SELECT 1 FROM attendance_day WHERE meeting_id = ? LIMIT 1')
      .pluck(),
    checkedInOn: db.prepare<[number, string], { registration_id: number; checked_in_at: string }>(
      'SELECT registration_id, checked_in_at FROM attendance_day WHERE meeting_id = ? AND day = ?',
    ),
  };

  return {
    day(registrationId: number, day: string): DayRecord | null {
      const r = s.day.get(registrationId, day);
      return r ? toDay(r) : null;
    },
    days: (registrationId: number): (DayRecord & { day: string })[] =>
      s.days.all(registrationId).map((r) => ({ day: r.day, ...toDay(r) })),
    insertDay(registrationId: number, day: string, record: DayRecord): void {
      s.insertDay.run({
        registration: registrationId,
        day,
        in: record.checkedInAt,
        out: record.checkedOutAt,
        method: record.method,
        operator: record.operator,
      });
    },
    updateDay(registrationId: number, day: string, record: DayRecord): void {
      s.updateDay.run({
        registration: registrationId,
        day,
        in: record.checkedInAt,
        out: record.checkedOutAt,
        method: record.method,
        operator: record.operator,
      });
    },
    deleteDay(registrationId: number, day: string): void {
      s.deleteDay.run(registrationId, day);
    },
    session(sessionId: number, registrationId: number): SessionRecord | null {
      const r = s.session.get(sessionId, registrationId);
      return r ? { checkedInAt: r.checked_in_at, method: r.method, operator: r.operator } : null;
    },
    insertSession(sessionId: number, registrationId: number, record: SessionRecord): void {
      s.insertSession.run(
        sessionId,
        registrationId,
        record.checkedInAt,
        record.method,
        record.operator,
      );
    },
    deleteSession(sessionId: number, registrationId: number): void {
      s.deleteSession.run(sessionId, registrationId);
    },
    /** The sessions (still in the agenda) this registration attended. */
    sessionsOf: (registrationId: number): Map<number, SessionRecord> =>
      new Map(
        s.sessionsOf
          .all(registrationId)
          .map((r) => [
            r.session_id,
            { checkedInAt: r.checked_in_at, method: r.method, operator: r.operator },
          ]),
      ),
    /** Who attended a session, by registration. */
    sessionAttendance: (sessionId: number): Map<number, SessionRecord> =>
      new Map(
        s.sessionAttendance
          .all(sessionId)
          .map((r) => [
            r.registration_id,
            { checkedInAt: r.checked_in_at, method: r.method, operator: r.operator },
          ]),
      ),
    /** Each registration of the meeting with whether it came on `day`, for the counters. */
    counterRows: (meetingId: number, day: string) =>
      s.counterRows.all(day, meetingId).map(([status, planned, policeRegion, came]) => ({
        status,
        plannedDays: planned === '[]' ? [] : (JSON.parse(planned) as string[]),
        policeRegion,
        checkedIn: came === 1,
      })),
    /** Whether anyone was ever checked in at the meeting. */
    hasAny: (meetingId: number): boolean => s.any.get(meetingId) !== undefined,
    /** Who was checked in on a day of the meeting, and when. */
    checkedInOn: (meetingId: number, day: string): Map<number, string> =>
      new Map(s.checkedInOn.all(meetingId, day).map((r) => [r.registration_id, r.checked_in_at])),
  };
}

export type AttendanceRepo = ReturnType<typeof createAttendanceRepo>;
