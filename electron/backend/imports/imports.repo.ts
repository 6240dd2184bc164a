import type { Db } from '../db/connection';
import { personKeys } from '../people/people.repo';
import { AUDIT_ENTRY_COLUMNS } from '../audit/audit-triggers';
import { normaliseName, type OrganisationType } from '../../../shared/domain/people';
import type {
  BatchRow,
  ChangeKind,
  ChangeRow,
  NewPerson,
  NewRegistration,
  PersonRow,
  RegistrationRow,
} from './types';
import type { ExistingPerson } from '../../../shared/domain/import-dedupe';

interface ExistingRow {
  id: number;
  given_names: string;
  family_names: string;
  email: string;
  organisation_name: string;
  organisation_acronym: string;
  country_code: string | null;
  registered: number;
}

const withKeys = (p: NewPerson) => ({
  ...p,
  ...personKeys({ givenNames: p.given_names, familyNames: p.family_names, email: p.email }),
});

/** SQL of the import: reading what exists, writing a batch, and undoing it. Prepared once. */
export function createImportsRepo(db: Db) {
  const s = {
    existing: db.prepare<[number], ExistingRow>(`
      SELECT p.id, p.given_names, p.family_names, p.email, p.country_code,
        coalesce(o.name, '') AS organisation_name, coalesce(o.acronym, '') AS organisation_acronym,
        (r.id IS NOT NULL) AS registered
      FROM person p
      LEFT JOIN organisation o ON o.id = p.organisation_id
      LEFT JOIN registration r ON r.person_id = p.id AND r.meeting_id = ?`),
    organisations: db.prepare<[], { id: number; name: string; acronym: string }>(
      'SELECT id, name, acronym FROM organisation ORDER BY id',
    ),
    insertOrganisation: db.prepare(`
      INSERT INTO organisation (name, acronym, type, country_code, name_key, created_at, updated_at)
      VALUES (@name, @acronym, @type, @country_code, @name_key, @now, @now)`),
    // Positional parameters: measurably faster than named ones over 10,000 rows.
    insertPerson: db.prepare<unknown[]>(`
      INSERT INTO person (title, given_names, family_names, gender, email, phone, organisation_id,
        position, country_code, nationality_code, languages, notes, consent_to_list, name_key,
        email_key, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    maxPersonId: db.prepare<[], number>('SELECT coalesce(max(id), 0) FROM person').pluck(),
    getPerson: db.prepare<[number], PersonRow>('SELECT * FROM person WHERE id = ?'),
    updatePerson: db.prepare(`
      UPDATE person SET title = @title, given_names = @given_names, family_names = @family_names,
        gender = @gender, email = @email, phone = @phone, organisation_id = @organisation_id,
        position = @position, country_code = @country_code, nationality_code = @nationality_code,
        languages = @languages, notes = @notes, consent_to_list = @consent_to_list,
        name_key = @name_key, email_key = @email_key, updated_at = @updated_at
      WHERE id = @id`),
    deletePerson: db.prepare<[number]>('DELETE FROM person WHERE id = ?'),
    meetingRegistrations: db
      .prepare<[number], number>('SELECT count(*) FROM registration WHERE meeting_id = ?')
      .pluck(),
    registrationsOf: db
      .prepare<[number], number>('SELECT count(*) FROM registration WHERE person_id = ?')
      .pluck(),
    findRegistration: db.prepare<[number, number], RegistrationRow>(`
      SELECT id, role, status, badge_name, dietary, accessibility, visa_letter, consent_to_list,
        updated_at
      FROM registration WHERE meeting_id = ? AND person_id = ?`),
    getRegistration: db.prepare<[number], RegistrationRow>(`
      SELECT id, role, status, badge_name, dietary, accessibility, visa_letter, consent_to_list,
        updated_at
      FROM registration WHERE id = ?`),
    insertRegistration: db.prepare<unknown[]>(`
      INSERT INTO registration (meeting_id, person_id, role, status, badge_name, dietary,
        accessibility, visa_letter, consent_to_list, import_batch_id, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    // Set-based records of what a batch created: one statement each instead of one per row.
    recordCreatedPeople: db.prepare<[number, number]>(`
      INSERT INTO import_change (batch_id, kind, row_id)
      SELECT ?, 'person_created', id FROM person WHERE id > ? ORDER BY id`),
    // The change log's entries for the batch's own rows, which the triggers leave to it while it
    // is named in audit_import (migration 0430): each person created, then their registration.
    deferAudit: db.prepare<[number, number]>(
      'INSERT INTO audit_import (batch_id, last_person_before) VALUES (?, ?)',
    ),
    logCreated: db.prepare<[number, number]>(`
      INSERT INTO audit_entry (${AUDIT_ENTRY_COLUMNS})
      SELECT ${AUDIT_ENTRY_COLUMNS} FROM (
        SELECT ${AUDIT_ENTRY_COLUMNS}, row_id, row_id AS person_key, 0 AS kind
        FROM audit_person_created WHERE row_id > ?
        UNION ALL
        SELECT ${AUDIT_ENTRY_COLUMNS}, row_id, row_person_id, 1 FROM audit_registration_created
        WHERE row_import_batch_id = ?)
      ORDER BY person_key, kind, row_id`),
    endDeferredAudit: db.prepare<[number]>('DELETE FROM audit_import WHERE batch_id = ?'),
    recordFirstStatuses: db.prepare<[string, number]>(`
      INSERT INTO registration_status_change (registration_id, status, changed_at)
      SELECT id, status, ? FROM registration WHERE import_batch_id = ? ORDER BY id`),
    updateRegistration: db.prepare(`
      UPDATE registration SET role = @role, status = @status, badge_name = @badge_name,
        dietary = @dietary, accessibility = @accessibility, visa_letter = @visa_letter,
        consent_to_list = @consent_to_list, updated_at = @updated_at
      WHERE id = @id`),
    lastStatusChange: db
      .prepare<[number], number>(
        'SELECT coalesce(max(id), 0) FROM registration_status_change WHERE registration_id = ?',
      )
      .pluck(),
    insertStatusChange: db.prepare<[number, string, string]>(
      'INSERT INTO registration_status_change (registration_id, status, changed_at) VALUES (?, ?, ?)',
    ),
    deleteStatusChangesAfter: db.prepare<[number, number]>(
      'DELETE FROM registration_status_change WHERE registration_id = ? AND id > ?',
    ),
    registrationsOfBatch: db
      .prepare<[number], number>('SELECT person_id FROM registration WHERE import_batch_id = ?')
      .pluck(),
    deleteRegistrationsOfBatch: db.prepare<[number]>(
      'DELETE FROM registration WHERE import_batch_id = ?',
    ),
    organisationInUse: db
      .prepare<[number], number>('SELECT count(*) FROM person WHERE organisation_id = ?')
      .pluck(),
    deleteOrganisation: db.prepare<[number]>('DELETE FROM organisation WHERE id = ?'),
    insertBatch: db.prepare<[number, string, string]>(
      'INSERT INTO import_batch (meeting_id, file_name, created_at) VALUES (?, ?, ?)',
    ),
    setBatchCounts: db.prepare<[number, number, number, number]>(
      'UPDATE import_batch SET created_count = ?, merged_count = ?, skipped_count = ? WHERE id = ?',
    ),
    latestBatch: db.prepare<[number], BatchRow>(
      'SELECT * FROM import_batch WHERE meeting_id = ? ORDER BY id DESC LIMIT 1',
    ),
    markUndone: db.prepare<[string, number]>('UPDATE import_batch SET undone_at = ? WHERE id = ?'),
    insertChange: db.prepare<[number, ChangeKind, number, string | null]>(
      'INSERT INTO import_change (batch_id, kind, row_id, before_json) VALUES (?, ?, ?, ?)',
    ),
    changes: db.prepare<[number], ChangeRow>(
      'SELECT id, kind, row_id, before_json FROM import_change WHERE batch_id = ? ORDER BY id DESC',
    ),
  };

  return {
    /** Everyone stored, with whether they are already registered to `meetingId`. */
    existingPeople(meetingId: number): ExistingPerson[] {
      return s.existing.all(meetingId).map((r) => ({
        id: r.id,
        givenNames: r.given_names,
        familyNames: r.family_names,
        email: r.email,
        organisationName: r.organisation_name,
        organisationAcronym: r.organisation_acronym,
        countryCode: r.country_code,
        registered: r.registered === 1,
      }));
    },
    organisations: () => s.organisations.all(),
    insertOrganisation(
      o: { name: string; acronym: string; type: OrganisationType; countryCode: string | null },
      now: string,
    ): number {
      const params = { ...o, country_code: o.countryCode, name_key: normaliseName(o.name), now };
      return Number(s.insertOrganisation.run(params).lastInsertRowid);
    },
    insertPerson(p: NewPerson, now: string): number {
      const keys = personKeys({
        givenNames: p.given_names,
        familyNames: p.family_names,
        email: p.email,
      });
      const result = s.insertPerson.run(
        p.title,
        p.given_names,
        p.family_names,
        p.gender,
        p.email,
        p.phone,
        p.organisation_id,
        p.position,
        p.country_code,
        p.nationality_code,
        p.languages,
        p.notes,
        p.consent_to_list,
        keys.name_key,
        keys.email_key,
        now,
        now,
      );
      return Number(result.lastInsertRowid);
    },
    /** People created after this id are the batch's own (ids only grow within the transaction). */
    maxPersonId: (): number => s.maxPersonId.get() ?? 0,
    recordCreatedPeople(batchId: number, afterId: number): void {
      s.recordCreatedPeople.run(batchId, afterId);
    },
    /** From now on the batch's own rows are logged by logCreated, not row by row by triggers. */
    deferAudit(batchId: number, lastPersonBefore: number): void {
      s.deferAudit.run(batchId, lastPersonBefore);
    },
    /** Logs the people and registrations the batch created, as they end up; triggers resume. */
    logCreated(batchId: number, lastPersonBefore: number): void {
      s.logCreated.run(lastPersonBefore, batchId);
      s.endDeferredAudit.run(batchId);
    },
    /** Each registration the batch created starts its status history with its status. */
    recordFirstStatuses(batchId: number, now: string): void {
      s.recordFirstStatuses.run(now, batchId);
    },
    getPerson: (id: number): PersonRow | null => s.getPerson.get(id) ?? null,
    updatePerson(id: number, p: NewPerson, now: string): void {
      s.updatePerson.run({ ...withKeys(p), id, updated_at: now });
    },
    /** Puts a person back exactly as `before` was, timestamps included. */
    restorePerson(before: PersonRow): void {
      s.updatePerson.run(before);
    },
    deletePerson: (id: number) => s.deletePerson.run(id).changes > 0,
    registrationCount: (personId: number): number => s.registrationsOf.get(personId) ?? 0,
    meetingRegistrationCount: (meetingId: number): number =>
      s.meetingRegistrations.get(meetingId) ?? 0,
    findRegistration: (meetingId: number, personId: number) =>
      s.findRegistration.get(meetingId, personId) ?? null,
    getRegistration: (id: number) => s.getRegistration.get(id) ?? null,
    /** History is recorded for the whole batch at the end (recordFirstStatuses). */
    insertRegistration(r: NewRegistration, now: string): number {
      const result = s.insertRegistration.run(
        r.meeting_id,
        r.person_id,
        r.role,
        r.status,
        r.badge_name,
        r.dietary,
        r.accessibility,
        r.visa_letter,
        r.consent_to_list,
        r.import_batch_id,
        now,
        now,
      );
      return Number(result.lastInsertRowid);
    },
    updateRegistration(row: RegistrationRow, statusChanged: boolean, now: string): void {
      s.updateRegistration.run({ ...row, updated_at: now });
      if (statusChanged) s.insertStatusChange.run(row.id, row.status, now);
    },
    lastStatusChange: (registrationId: number): number =>
      s.lastStatusChange.get(registrationId) ?? 0,
    /** Puts a registration back as `before` was, dropping the history the import added. */
    restoreRegistration(before: RegistrationRow, lastStatusChange: number): void {
      // Snapshots taken before migration 0200 have no consent: the person's answer applied then.
      s.updateRegistration.run({ ...before, consent_to_list: before.consent_to_list ?? null });
      s.deleteStatusChangesAfter.run(before.id, lastStatusChange);
    },
    /** Deletes the registrations a batch created; returns their people. */
    deleteRegistrationsOfBatch(batchId: number): number[] {
      const people = s.registrationsOfBatch.all(batchId);
      s.deleteRegistrationsOfBatch.run(batchId);
      return people;
    },
    deleteOrganisationIfUnused(id: number): boolean {
      return (s.organisationInUse.get(id) ?? 0) === 0 && s.deleteOrganisation.run(id).changes > 0;
    },
    insertBatch: (meetingId: number, fileName: string, now: string): number =>
      Number(s.insertBatch.run(meetingId, fileName, now).lastInsertRowid),
    setBatchCounts(id: number, created: number, merged: number, skipped: number): void {
      s.setBatchCounts.run(created, merged, skipped, id);
    },
    latestBatch: (meetingId: number): BatchRow | null => s.latestBatch.get(meetingId) ?? null,
    markUndone: (id: number, now: string) => s.markUndone.run(now, id),
    addChange(batchId: number, kind: ChangeKind, rowId: number, before: unknown = null): void {
      s.insertChange.run(batchId, kind, rowId, before === null ? null : JSON.stringify(before));
    },
    changes: (batchId: number): ChangeRow[] => s.changes.all(batchId),
  };
}

export type ImportsRepo = ReturnType<typeof createImportsRepo>;
