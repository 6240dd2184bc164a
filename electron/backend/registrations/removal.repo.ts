import type { Db } from '../db/connection';
import type { Role, Status } from '../../../shared/domain/people';
import type { SessionPersonRole } from '../../../shared/domain/agenda';
import { registrationParams } from './registrations.repo';
import { createAttendanceRemovalRepo } from '../attendance/attendance-removal.repo';
import { nowIso } from '../../../shared/domain/time';
import type { RemovedRegistration } from './types';

interface RegistrationRecord {
  id: number;
  meeting_id: number;
  person_id: number;
  role: Role;
  status: Status;
  planned_days: string;
  arrival_date: string | null;
  departure_date: string | null;
  dietary: string;
  accessibility: string;
  visa_letter: number;
  badge_name: string;
  internal_notes: string;
  import_batch_id: number | null;
  created_at: string;
  updated_at: string;
}

const IDS = 'SELECT value FROM json_each(?)';

/**
 * SQL for removing registrations so that the removal can be undone: the rows (and their status
 * history) are read out before they go, and written back as they were.
 */
export function createRemovalRepo(db: Db) {
  const attendance = createAttendanceRemovalRepo(db);
  const statements = {
    records: db.prepare<[string], RegistrationRecord>(
      `SELECT id, meeting_id, person_id, role, status, planned_days, arrival_date, departure_date,
         dietary, accessibility, visa_letter, badge_name, internal_notes, import_batch_id,
         created_at, updated_at
       FROM registration WHERE id IN (${IDS}) ORDER BY id`,
    ),
    history: db.prepare<[string], { registration_id: number; status: Status; changed_at: string }>(
      `SELECT registration_id, status, changed_at FROM registration_status_change
       WHERE registration_id IN (${IDS}) ORDER BY id`,
    ),
    delete: db.prepare<[string]>(`DELETE FROM registration WHERE id IN (${IDS})`),
    sessions: db.prepare<
      [string],
      { registration_id: number; session_id: number; role: SessionPersonRole; position: number }
    >(
      `SELECT registration_id, session_id, role, position FROM session_person
       WHERE registration_id IN (${IDS}) ORDER BY session_id`,
    ),
    sessionCount: db.prepare<[string], { n: number }>(
      `SELECT count(*) AS n FROM session_person WHERE registration_id IN (${IDS})`,
    ),
    leaveSessions: db.prepare<[string]>(
      `DELETE FROM session_person WHERE registration_id IN (${IDS})`,
    ),
    // A session deleted since is not brought back: the person simply is on it no more.
    rejoinSession: db.prepare<
      [{ session: number; registration: number; role: string; position: number }]
    >(`
      INSERT INTO session_person (session_id, registration_id, role, position)
      SELECT id, @registration, @role, @position FROM session WHERE id = @session`),
    // The old id comes back unless another row took it meanwhile (NULL lets SQLite pick one), so
    // an import's change log, which names rows by id, still points at the right registration. A
    // batch that has since gone is not brought back with it.
    insert: db.prepare(`
      INSERT INTO registration (id, meeting_id, person_id, role, status, planned_days,
        arrival_date, departure_date, dietary, accessibility, visa_letter, badge_name,
        internal_notes, import_batch_id, created_at, updated_at)
      VALUES (
        (SELECT CASE WHEN EXISTS (SELECT 1 FROM registration WHERE id = @id) THEN NULL ELSE @id END),
        @meeting_id, @person_id, @role, @status, @planned_days, @arrival_date, @departure_date,
        @dietary, @accessibility, @visa_letter, @badge_name, @internal_notes,
        (SELECT id FROM import_batch WHERE id = @import_batch_id), @created_at, @updated_at)`),
    addHistory: db.prepare<[number, Status, string]>(
      'INSERT INTO registration_status_change (registration_id, status, changed_at) VALUES (?, ?, ?)',
    ),
  };

  return {
    /** The registrations among `ids` as they are now, with their status history, oldest first. */
    snapshot(ids: number[]): RemovedRegistration[] {
      const json = JSON.stringify(ids);
      const history = new Map<number, RemovedRegistration['history']>();
      for (const h of statements.history.all(json)) {
        const list = history.get(h.registration_id) ?? [];
        list.push({ status: h.status, changedAt: h.changed_at });
        history.set(h.registration_id, list);
      }
      const sessions = new Map<number, RemovedRegistration['sessions']>();
      for (const s of statements.sessions.all(json)) {
        const list = sessions.get(s.registration_id) ?? [];
        list.push({ sessionId: s.session_id, role: s.role, position: s.position });
        sessions.set(s.registration_id, list);
      }
      const attended = attendance.snapshot(ids);
      return statements.records.all(json).map((r) => ({
        id: r.id,
        meetingId: r.meeting_id,
        personId: r.person_id,
        registration: {
          role: r.role,
          status: r.status,
          plannedDays: JSON.parse(r.planned_days) as string[],
          arrivalDate: r.arrival_date,
          departureDate: r.departure_date,
          dietary: r.dietary,
          accessibility: r.accessibility,
          visaLetter: r.visa_letter === 1,
          badgeName: r.badge_name,
          internalNotes: r.internal_notes,
        },
        importBatchId: r.import_batch_id,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        history: history.get(r.id) ?? [],
        sessions: sessions.get(r.id) ?? [],
        ...(attended.has(r.id) ? { attendance: attended.get(r.id) } : {}),
      }));
    },
    /** How many session places (chair, speaker…) these registrations hold. */
    sessionCount: (ids: number[]): number => statements.sessionCount.get(JSON.stringify(ids))!.n,
    /** Deletes the registrations, taking them off their sessions first. */
    delete(ids: number[]): number {
      const json = JSON.stringify(ids);
      statements.leaveSessions.run(json);
      return statements.delete.run(json).changes;
    },
    /** Writes a removed registration back with its history; returns its id (the old one if free). */
    restore(removed: RemovedRegistration): number {
      const id = Number(
        statements.insert.run({
          id: removed.id,
          meeting_id: removed.meetingId,
          person_id: removed.personId,
          ...registrationParams(removed.registration),
          import_batch_id: removed.importBatchId,
          created_at: removed.createdAt,
          updated_at: removed.updatedAt,
        }).lastInsertRowid,
      );
      for (const h of removed.history) statements.addHistory.run(id, h.status, h.changedAt);
      for (const s of removed.sessions)
        statements.rejoinSession.run({
          session: s.sessionId,
          registration: id,
          role: s.role,
          position: s.position,
        });
      attendance.restore(id, nowIso(), removed.attendance);
      return id;
    },
  };
}
