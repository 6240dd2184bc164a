import type { Db } from '../db/connection';
import type { ChangeAction, CheckInMethod } from '../../../shared/domain/attendance';
import type { AttendanceSnapshot } from '../../../shared/api/attendance-snapshot';

const IDS = 'SELECT value FROM json_each(?)';

const EMPTY: AttendanceSnapshot = { days: [], sessions: [], badges: [], changes: [], deskNote: '' };

/**
 * SQL that reads a registration's attendance out before the registration is removed (its rows go
 * with it), and writes it back when the removal is undone: the registrations slice calls it.
 */
export function createAttendanceRemovalRepo(db: Db) {
  const s = {
    days: db.prepare<
      [string],
      {
        registration_id: number;
        day: string;
        checked_in_at: string;
        checked_out_at: string | null;
        method: CheckInMethod;
        operator: string;
      }
    >(
      `SELECT registration_id, day, checked_in_at, checked_out_at, method, operator
       FROM attendance_day WHERE registration_id IN (${IDS}) ORDER BY day`,
    ),
    sessions: db.prepare<
      [string],
      {
        registration_id: number;
        session_id: number;
        checked_in_at: string;
        method: CheckInMethod;
        operator: string;
      }
    >(
      `SELECT registration_id, session_id, checked_in_at, method, operator
       FROM attendance_session WHERE registration_id IN (${IDS}) ORDER BY session_id`,
    ),
    badges: db.prepare<
      [string],
      {
        registration_id: number;
        token: string;
        issued_at: string;
        replaced_at: string | null;
        collected_at: string | null;
      }
    >(
      `SELECT registration_id, token, issued_at, replaced_at, collected_at
       FROM badge WHERE registration_id IN (${IDS}) ORDER BY id`,
    ),
    changes: db.prepare<
      [string],
      {
        registration_id: number;
        day: string | null;
        session_id: number | null;
        action: ChangeAction;
        method: CheckInMethod | null;
        before: string | null;
        after: string | null;
        operator: string;
        changed_at: string;
      }
    >(
      `SELECT registration_id, day, session_id, action, method, before, after, operator, changed_at
       FROM attendance_change WHERE registration_id IN (${IDS}) ORDER BY id`,
    ),
    notes: db.prepare<[string], { registration_id: number; note: string }>(
      `SELECT registration_id, note FROM desk_note WHERE registration_id IN (${IDS})`,
    ),
    putDay: db.prepare(`
      INSERT INTO attendance_day (registration_id, meeting_id, day, checked_in_at, checked_out_at,
        method, operator)
      SELECT id, meeting_id, @day, @in, @out, @method, @operator FROM registration WHERE id = @id`),
    putSession: db.prepare(`
      INSERT INTO attendance_session (session_id, registration_id, checked_in_at, method, operator)
      VALUES (@session, @id, @in, @method, @operator)`),
    // A token issued since to someone else cannot come back; it was unique, so it will not be.
    putBadge: db.prepare(`
      INSERT OR IGNORE INTO badge (registration_id, token, issued_at, replaced_at, collected_at)
      VALUES (@id, @token, @issued, @replaced, @collected)`),
    putChange: db.prepare(`
      INSERT INTO attendance_change (registration_id, day, session_id, action, method, before,
        after, operator, changed_at)
      VALUES (@id, @day, @session, @action, @method, @before, @after, @operator, @at)`),
    putNote: db.prepare<[number, string, string]>(
      'INSERT INTO desk_note (registration_id, note, updated_at) VALUES (?, ?, ?)',
    ),
  };

  return {
    /** The attendance of each of these registrations, by registration id. */
    snapshot(ids: number[]): Map<number, AttendanceSnapshot> {
      const json = JSON.stringify(ids);
      const out = new Map<number, AttendanceSnapshot>();
      const of = (id: number) => {
        let snapshot = out.get(id);
        if (!snapshot)
          out.set(
            id,
            (snapshot = { days: [], sessions: [], badges: [], changes: [], deskNote: '' }),
          );
        return snapshot;
      };
      for (const r of s.days.all(json))
        of(r.registration_id).days.push({
          day: r.day,
          checkedInAt: r.checked_in_at,
          checkedOutAt: r.checked_out_at,
          method: r.method,
          operator: r.operator,
        });
      for (const r of s.sessions.all(json))
        of(r.registration_id).sessions.push({
          sessionId: r.session_id,
          checkedInAt: r.checked_in_at,
          method: r.method,
          operator: r.operator,
        });
      for (const r of s.badges.all(json))
        of(r.registration_id).badges.push({
          token: r.token,
          issuedAt: r.issued_at,
          replacedAt: r.replaced_at,
          collectedAt: r.collected_at,
        });
      for (const r of s.changes.all(json))
        of(r.registration_id).changes.push({
          day: r.day,
          sessionId: r.session_id,
          action: r.action,
          method: r.method,
          before: r.before,
          after: r.after,
          operator: r.operator,
          changedAt: r.changed_at,
        });
      for (const r of s.notes.all(json)) of(r.registration_id).deskNote = r.note;
      return out;
    },
    /** Writes a snapshot back under the (restored) registration `id`. */
    restore(id: number, now: string, snapshot: AttendanceSnapshot = EMPTY): void {
      for (const d of snapshot.days)
        s.putDay.run({
          id,
          day: d.day,
          in: d.checkedInAt,
          out: d.checkedOutAt,
          method: d.method,
          operator: d.operator,
        });
      for (const x of snapshot.sessions)
        s.putSession.run({
          id,
          session: x.sessionId,
          in: x.checkedInAt,
          method: x.method,
          operator: x.operator,
        });
      for (const b of snapshot.badges)
        s.putBadge.run({
          id,
          token: b.token,
          issued: b.issuedAt,
          replaced: b.replacedAt,
          collected: b.collectedAt,
        });
      for (const c of snapshot.changes)
        s.putChange.run({
          id,
          day: c.day,
          session: c.sessionId,
          action: c.action,
          method: c.method,
          before: c.before,
          after: c.after,
          operator: c.operator,
          at: c.changedAt,
        });
      if (snapshot.deskNote) s.putNote.run(id, snapshot.deskNote, now);
    },
  };
}
