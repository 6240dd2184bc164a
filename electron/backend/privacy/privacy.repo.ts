import type { Db } from '../db/connection';
import { personKeys } from '../people/people.repo';
import { NOW_SQL, OPERATOR_SQL, OS_USER_SQL } from '../audit/audit-sql';
import {
  LABELLED_BY_PERSON,
  fromStored,
  scrubChanges,
  toStored,
  type AuditChange,
  type AuditEntity,
  type StoredChanges,
} from '../../../shared/domain/audit';

const IDS = 'SELECT value FROM json_each(?)';
const json = (ids: readonly number[]) => JSON.stringify(ids);

export interface PersonLine {
  id: number;
  given_names: string;
  family_names: string;
  organisation_name: string | null;
  country_code: string | null;
}

/** The name an anonymised person keeps: their number, the same in every language. */
export const anonymousName = (id: number) => `#${id}`;

/** The registration's own personal fields, emptied when its meeting is past retention. */
const CLEAR_REGISTRATIONS = `UPDATE registration SET dietary = '', accessibility = '',
  badge_name = '', internal_notes = '' WHERE id IN (${IDS})`;

/**
 * SQL shared by retention and erasure: anonymising, emptying registrations, taking personal data
 * out of the undo snapshots (an import's, the agenda's) and of the audit log, and the log's own
 * summary entries.
 */
export function createPrivacyRepo(db: Db) {
  const s = {
    retentionMeetings: db.prepare<
      [],
      { id: number; title: string; retention_date: string; time_zone: string }
    >('SELECT id, title, retention_date, time_zone FROM meeting WHERE retention_date IS NOT NULL'),
    meetingTitles: db.prepare<[], { id: number; title: string }>('SELECT id, title FROM meeting'),
    registrations: db.prepare<[], { personId: number; meetingId: number }>(
      'SELECT person_id AS personId, meeting_id AS meetingId FROM registration',
    ),
    anonymised: db
      .prepare<[], number>('SELECT id FROM person WHERE anonymised_at IS NOT NULL')
      .pluck(),
    people: db.prepare<[string], PersonLine>(`
      SELECT p.id, p.given_names, p.family_names, o.name AS organisation_name, p.country_code
      FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
      WHERE p.id IN (${IDS}) ORDER BY p.family_names, p.given_names, p.id`),
    toClear: db
      .prepare<[string], number>(
        `SELECT id FROM registration r WHERE meeting_id IN (${IDS})
         AND (dietary <> '' OR accessibility <> '' OR badge_name <> '' OR internal_notes <> ''
           OR EXISTS (SELECT 1 FROM desk_note n WHERE n.registration_id = r.id)
           OR EXISTS (SELECT 1 FROM visa_details v WHERE v.registration_id = r.id))`,
      )
      .pluck(),
    participants: db
      .prepare<[number], number>('SELECT count(*) FROM registration WHERE meeting_id = ?')
      .pluck(),
    registrationsOf: db
      .prepare<[string], number>(`SELECT id FROM registration WHERE person_id IN (${IDS})`)
      .pluck(),
    anonymise: db.prepare(`
      UPDATE person SET title = '', given_names = '', family_names = @name, email = '', phone = '',
        position = '', languages = '[]', notes = '', consent_to_list = 0, name_key = @name_key,
        email_key = '', anonymised_at = @now, updated_at = @now
      WHERE id = @id`),
    clearRegistrations: db.prepare<[string]>(CLEAR_REGISTRATIONS),
    // The desk's note about a person, and its text in the attendance log, go with the notes.
    clearDeskNotes: db.prepare<[string]>(`DELETE FROM desk_note WHERE registration_id IN (${IDS})`),
    clearDeskNoteLog: db.prepare<[string]>(
      `UPDATE attendance_change SET before = NULL, after = NULL
       WHERE action = 'desk_note' AND registration_id IN (${IDS})`,
    ),
    // Passport details were entered for the meeting's visa letter only: past retention, or when
    // the person is anonymised, that purpose is over.
    clearVisaDetails: db.prepare<[string]>(
      `DELETE FROM visa_details WHERE registration_id IN (${IDS})`,
    ),
    clearAwardNames: db.prepare<[string]>(
      `UPDATE award SET recipient_name = '' WHERE recipient_person_id IN (${IDS})`,
    ),
    forgetImportSnapshots: db.prepare<[string, string]>(`
      UPDATE import_change SET before_json = NULL WHERE before_json IS NOT NULL AND (
        (kind LIKE 'person_%' AND row_id IN (${IDS}))
        OR (kind LIKE 'registration_%' AND row_id IN (${IDS})))`),
    agendaEditsWithRecipients: db.prepare<[], { id: number; changes: string }>(
      `SELECT id, changes FROM agenda_edit WHERE changes LIKE '%"recipientPersonId":%'`,
    ),
    setAgendaEdit: db.prepare<[string, number]>('UPDATE agenda_edit SET changes = ? WHERE id = ?'),
    mute: db.prepare<[string]>('INSERT INTO audit_mute (reason) VALUES (?)'),
    unmute: db.prepare('DELETE FROM audit_mute'),
    auditOfPeople: db.prepare<
      [string],
      { id: number; entity: AuditEntity; label: string; changes: string }
    >(`SELECT id, entity, label, changes FROM audit_entry WHERE person_id IN (${IDS})`),
    auditOfRegistrations: db.prepare<
      [string],
      { id: number; entity: AuditEntity; label: string; changes: string }
    >(
      `SELECT id, entity, label, changes FROM audit_entry
       WHERE entity = 'registration' AND entity_id IN (${IDS})`,
    ),
    setAudit: db.prepare<[string, string, number]>(
      'UPDATE audit_entry SET label = ?, changes = ?, scrubbed = 1 WHERE id = ?',
    ),
    addEntry: db.prepare(`
      INSERT INTO audit_entry (at, operator, os_user, entity, entity_id, action, via, meeting_id,
        person_id, label, changes)
      VALUES (${NOW_SQL}, ${OPERATOR_SQL}, ${OS_USER_SQL}, 'privacy', NULL, @action, @via,
        @meetingId, @personId, @label, @changes)`),
  };

  function scrub(
    rows: { id: number; entity: AuditEntity; label: string; changes: string }[],
    options: { label: boolean; everything: boolean },
  ) {
    for (const row of rows) {
      const changes = scrubChanges(
        fromStored(JSON.parse(row.changes) as StoredChanges),
        options.everything,
      );
      const label = options.label && LABELLED_BY_PERSON.has(row.entity) ? '' : row.label;
      s.setAudit.run(label, JSON.stringify(toStored(changes)), row.id);
    }
  }

  return {
    retentionMeetings: () => s.retentionMeetings.all(),
    meetingTitles: () => new Map(s.meetingTitles.all().map((m) => [m.id, m.title])),
    registrations: () => s.registrations.all(),
    anonymised: () => new Set(s.anonymised.all()),
    people: (ids: readonly number[]) => s.people.all(json(ids)),
    /** Registrations of these meetings that still hold notes, needs, a badge name or a passport. */
    registrationsToClear: (meetingIds: readonly number[]) => s.toClear.all(json(meetingIds)),
    participants: (meetingId: number) => s.participants.get(meetingId)!,
    registrationsOf: (personIds: readonly number[]) => s.registrationsOf.all(json(personIds)),

    /** Names, contact details and notes go; gender, country, nationality and organisation stay. */
    anonymise(personIds: readonly number[], now: string): void {
      for (const id of personIds) {
        const name = anonymousName(id);
        const { name_key } = personKeys({ givenNames: '', familyNames: name, email: '' });
        s.anonymise.run({ id, name, name_key, now });
      }
      s.clearAwardNames.run(json(personIds));
    },
    clearRegistrations(ids: readonly number[]): void {
      s.clearRegistrations.run(json(ids));
      s.clearDeskNotes.run(json(ids));
      s.clearDeskNoteLog.run(json(ids));
      s.clearVisaDetails.run(json(ids));
    },

    /**
     * Undo snapshots would bring the data back: an import's undo restores people and
     * registrations from them, the agenda's undo an award's recipient name.
     */
    forgetSnapshots(personIds: readonly number[], registrationIds: readonly number[]): void {
      s.forgetImportSnapshots.run(json(personIds), json(registrationIds));
      const people = new Set(personIds);
      for (const edit of s.agendaEditsWithRecipients.all()) {
        let touched = false;
        const changes = JSON.parse(edit.changes) as {
          kind: string;
          before: Record<string, unknown> | null;
          after: Record<string, unknown> | null;
        }[];
        for (const change of changes) {
          if (change.kind !== 'award') continue;
          for (const row of [change.before, change.after])
            if (row && people.has(row.recipientPersonId as number) && row.recipientName) {
              row.recipientName = '';
              touched = true;
            }
        }
        if (touched) s.setAgendaEdit.run(JSON.stringify(changes), edit.id);
      }
    },

    /** Field-by-field log entries stop until unmute; the operation writes its own summary. */
    mute: (reason: string) => void s.mute.run(reason),
    unmute: () => void s.unmute.run(),

    /** Takes personal values (all values when `everything`) out of the log's entries about them. */
    scrubAuditOfPeople(personIds: readonly number[], everything: boolean): void {
      scrub(s.auditOfPeople.all(json(personIds)), { label: true, everything });
    },
    /** Takes the registration's personal values out of its entries; the name stays. */
    scrubAuditOfRegistrations(registrationIds: readonly number[]): void {
      scrub(s.auditOfRegistrations.all(json(registrationIds)), { label: false, everything: false });
    },

    /**
     * Leaves no copy of what was just removed in the file: deleted rows are overwritten as they go
     * (secure_delete, set on every connection), and this moves the WAL's pages into the database
     * and empties the WAL, whose older frames still held them. Run after the transaction commits.
     */
    flushRemovedData(): void {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },

    /** A summary entry of the log for a privacy operation. */
    addEntry(entry: {
      action: 'anonymise' | 'retention' | 'erase';
      via?: string;
      meetingId: number | null;
      personId: number | null;
      label: string;
      changes: AuditChange[];
    }): void {
      s.addEntry.run({
        via: '',
        ...entry,
        changes: JSON.stringify(toStored(entry.changes)),
      });
    },
  };
}

export type PrivacyRepo = ReturnType<typeof createPrivacyRepo>;
