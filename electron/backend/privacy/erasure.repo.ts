import type { Db } from '../db/connection';
import type { Role, Status } from '../../../shared/domain/people';
import type { SessionPersonRole } from '../../../shared/domain/agenda';

/**
 * Tables of check-in records that belong to a registration and go with it (ON DELETE CASCADE).
 * They come with the attendance slice; counted only where the schema has them, so erasure and
 * its preview work the same before and after that slice is present.
 */
export const ATTENDANCE_TABLES = ['attendance_day', 'attendance_session'] as const;

/** SQL for deleting one person everywhere, and for listing what that removes first. */
export function createErasureRepo(db: Db) {
  const s = {
    registrations: db.prepare<
      [number],
      { id: number; meetingId: number; meetingTitle: string; role: Role; status: Status }
    >(`
      SELECT r.id, r.meeting_id AS meetingId, m.title AS meetingTitle, r.role, r.status
      FROM registration r JOIN meeting m ON m.id = r.meeting_id
      WHERE r.person_id = ? ORDER BY m.start_date, m.id`),
    sessionRoles: db.prepare<
      [number],
      { meetingId: number; sessionTitle: string; meetingTitle: string; role: SessionPersonRole }
    >(`
      SELECT m.id AS meetingId, s.title AS sessionTitle, m.title AS meetingTitle, sp.role
      FROM session_person sp
        JOIN registration r ON r.id = sp.registration_id
        JOIN session s ON s.id = sp.session_id
        JOIN meeting m ON m.id = s.meeting_id
      WHERE r.person_id = ? ORDER BY m.start_date, s.day, s.start_minute`),
    awards: db.prepare<
      [number],
      { id: number; meetingId: number; name: string; meetingTitle: string }
    >(`
      SELECT a.id, m.id AS meetingId, a.name, m.title AS meetingTitle
      FROM award a JOIN meeting m ON m.id = a.meeting_id
      WHERE a.recipient_person_id = ? ORDER BY m.start_date, a.name`),
    visaDetails: db.prepare<[number], { meetingId: number; meetingTitle: string }>(`
      SELECT m.id AS meetingId, m.title AS meetingTitle
      FROM visa_details v JOIN registration r ON r.id = v.registration_id
        JOIN meeting m ON m.id = r.meeting_id
      WHERE r.person_id = ? ORDER BY m.start_date, m.id`),
    tables: db
      .prepare<[string], string>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (SELECT value FROM json_each(?))",
      )
      .pluck(),
    auditEntries: db
      .prepare<[number], number>('SELECT count(*) FROM audit_entry WHERE person_id = ?')
      .pluck(),
    leaveSessions: db.prepare<[number]>(
      'DELETE FROM session_person WHERE registration_id IN (SELECT id FROM registration WHERE person_id = ?)',
    ),
    // They would go with the registrations (ON DELETE CASCADE); said here so the order is plain.
    deleteVisaDetails: db.prepare<[number]>(
      'DELETE FROM visa_details WHERE registration_id IN (SELECT id FROM registration WHERE person_id = ?)',
    ),
    deleteAwards: db.prepare<[number]>('DELETE FROM award WHERE recipient_person_id = ?'),
    deleteRegistrations: db.prepare<[number]>('DELETE FROM registration WHERE person_id = ?'),
    deletePerson: db.prepare<[number]>('DELETE FROM person WHERE id = ?'),
  };

  return {
    registrations: (personId: number) => s.registrations.all(personId),
    sessionRoles: (personId: number) => s.sessionRoles.all(personId),
    awards: (personId: number) => s.awards.all(personId),
    /** The meetings for whose visa letter their passport details were entered. */
    visaDetails: (personId: number) => s.visaDetails.all(personId),
    /** Check-in records of these registrations, per meeting day and per session. */
    attendanceRecords(registrationIds: readonly number[]): number {
      const ids = JSON.stringify(registrationIds);
      return s.tables
        .all(JSON.stringify(ATTENDANCE_TABLES))
        .reduce(
          (n, table) =>
            n +
            db
              .prepare<[string], number>(
                `SELECT count(*) FROM ${table} WHERE registration_id IN (SELECT value FROM json_each(?))`,
              )
              .pluck()
              .get(ids)!,
          0,
        );
    },
    auditEntries: (personId: number) => s.auditEntries.get(personId)!,
    /** Session places first (they would refuse the registrations' deletion), then the rest. */
    erase(personId: number): void {
      s.leaveSessions.run(personId);
      s.deleteVisaDetails.run(personId);
      s.deleteAwards.run(personId);
      s.deleteRegistrations.run(personId);
      s.deletePerson.run(personId);
    },
  };
}
