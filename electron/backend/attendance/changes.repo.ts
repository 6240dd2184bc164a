import type { Db } from '../db/connection';
import type { ChangeAction, CheckInMethod } from '../../../shared/domain/attendance';

/** One line of the log: who changed what and when, as it was before and after. */
export interface Change {
  registrationId: number;
  day: string | null;
  sessionId: number | null;
  action: ChangeAction;
  method: CheckInMethod | null;
  before: string | null;
  after: string | null;
  operator: string;
  changedAt: string;
}

/** SQL for the attendance log, which nothing but a registration's removal ever deletes. */
export function createChangesRepo(db: Db) {
  const s = {
    insert: db.prepare(`
      INSERT INTO attendance_change (registration_id, day, session_id, action, method, before,
        after, operator, changed_at)
      VALUES (@registrationId, @day, @sessionId, @action, @method, @before, @after, @operator,
        @changedAt)`),
    list: db.prepare<
      [number],
      {
        day: string | null;
        session_id: number | null;
        session_title: string | null;
        action: ChangeAction;
        method: CheckInMethod | null;
        before: string | null;
        after: string | null;
        operator: string;
        changed_at: string;
      }
    >(`
      SELECT a.day, a.session_id, s.title AS session_title, a.action, a.method, a.before, a.after,
        a.operator, a.changed_at
      FROM attendance_change a LEFT JOIN session s ON s.id = a.session_id
      WHERE a.registration_id = ? ORDER BY a.id DESC`),
  };
  return {
    add(change: Change): void {
      s.insert.run(change);
    },
    /** A registration's log, newest first, with the titles of the sessions still in the agenda. */
    of: (registrationId: number) =>
      s.list.all(registrationId).map((r) => ({
        day: r.day,
        sessionId: r.session_id,
        sessionTitle: r.session_title,
        action: r.action,
        method: r.method,
        before: r.before,
        after: r.after,
        operator: r.operator,
        changedAt: r.changed_at,
      })),
  };
}

export type ChangesRepo = ReturnType<typeof createChangesRepo>;
