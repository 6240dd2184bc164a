import type { Migration } from '../migrate';
import {
  auditTriggers,
  nameOf,
  personName,
  type AuditedTable,
  type RowRef,
} from '../../audit/audit-triggers';
import { NOT_MUTED_SQL, NOW_SQL, OPERATOR_SQL, OS_USER_SQL } from '../../audit/audit-sql';

const id = (row: RowRef) => `${row}.id`;
const none = () => 'NULL';

/** The person's audited columns as of this step. */
export const personAudited: AuditedTable = {
  table: 'person',
  entity: 'person',
  entityId: id,
  meetingId: none,
  personId: id,
  label: (row) => `trim(${row}.given_names || ' ' || ${row}.family_names)`,
  columns: [
    { field: 'title', column: 'title' },
    { field: 'givenNames', column: 'given_names' },
    { field: 'familyNames', column: 'family_names' },
    { field: 'gender', column: 'gender' },
    { field: 'email', column: 'email' },
    { field: 'phone', column: 'phone' },
    { field: 'organisation', column: 'organisation_id', shown: nameOf('organisation') },
    { field: 'position', column: 'position' },
    { field: 'country', column: 'country_code' },
    { field: 'nationality', column: 'nationality_code' },
    { field: 'languages', column: 'languages' },
    { field: 'notes', column: 'notes' },
    { field: 'consentToList', column: 'consent_to_list' },
  ],
};

/** The registration's audited columns as of this step; 0420 adds the listing consent to them. */
export const registrationAudited: AuditedTable = {
  table: 'registration',
  entity: 'registration',
  entityId: id,
  meetingId: (row) => `${row}.meeting_id`,
  personId: (row) => `${row}.person_id`,
  label: (row) => personName(`${row}.person_id`),
  via: (row) => `CASE WHEN ${row}.import_batch_id IS NULL THEN '' ELSE 'import' END`,
  columns: [
    { field: 'role', column: 'role' },
    { field: 'status', column: 'status' },
    { field: 'plannedDays', column: 'planned_days' },
    { field: 'arrivalDate', column: 'arrival_date' },
    { field: 'departureDate', column: 'departure_date' },
    { field: 'dietary', column: 'dietary' },
    { field: 'accessibility', column: 'accessibility' },
    { field: 'visaLetter', column: 'visa_letter' },
    { field: 'badgeName', column: 'badge_name' },
    { field: 'internalNotes', column: 'internal_notes' },
  ],
};

const meeting: AuditedTable = {
  table: 'meeting',
  entity: 'meeting',
  entityId: id,
  meetingId: id,
  personId: none,
  label: (row) => `${row}.title`,
  columns: [
    { field: 'meetingTitle', column: 'title' },
    { field: 'meetingKind', column: 'kind' },
    { field: 'venue', column: 'venue' },
    { field: 'city', column: 'city' },
    { field: 'country', column: 'country_code' },
    { field: 'startDate', column: 'start_date' },
    { field: 'endDate', column: 'end_date' },
    { field: 'timeZone', column: 'time_zone' },
    { field: 'meetingLanguages', column: 'languages' },
    { field: 'description', column: 'description' },
    { field: 'parent', column: 'parent_id', shown: nameOf('meeting', 'title') },
    { field: 'retentionDate', column: 'retention_date' },
  ],
};

/** An import is one entry when its counts are written at its end, and one more if it is undone. */
const importEntry = (action: string, changes: string) => `
  INSERT INTO audit_entry (at, operator, os_user, entity, entity_id, action, via, meeting_id,
    person_id, label, changes)
  VALUES (${NOW_SQL}, ${OPERATOR_SQL}, ${OS_USER_SQL}, 'import', NEW.id, '${action}', '',
    NEW.meeting_id, NULL, NEW.file_name, ${changes});`;

const importTriggers = `
  CREATE TRIGGER audit_import_batch_counts AFTER UPDATE OF created_count, merged_count, skipped_count
    ON import_batch WHEN ${NOT_MUTED_SQL}
  BEGIN ${importEntry(
    'import',
    `json_array(json_object('f', 'fileName', 'b', NULL, 'a', NEW.file_name),
      json_object('f', 'created', 'b', NULL, 'a', NEW.created_count),
      json_object('f', 'merged', 'b', NULL, 'a', NEW.merged_count),
      json_object('f', 'skipped', 'b', NULL, 'a', NEW.skipped_count))`,
  )} END;
  CREATE TRIGGER audit_import_batch_undone AFTER UPDATE OF undone_at ON import_batch
    WHEN NEW.undone_at IS NOT NULL AND OLD.undone_at IS NULL AND ${NOT_MUTED_SQL}
  BEGIN ${importEntry('importUndone', `json_array(json_object('f', 'fileName', 'b', NULL, 'a', NEW.file_name))`)} END;`;

/**
 * The audit log: who changed what and when. One row per change of a row, with the fields that
 * changed (before → after, as shown to people), the meeting and the person it concerns (no
 * foreign keys: the log outlives what it names), and the operator's name and the computer account
 * at that moment. Entries are never deleted; anonymising or deleting a person only takes the
 * personal values out of theirs (see privacy/).
 *
 * audit_mute holds a row while a privacy operation runs: it writes one summary entry itself,
 * instead of field-by-field entries that would copy the very data it removes.
 */
/**
 * Attendance is logged from its own change log (attendance_change, written by the attendance
 * slice in the same transaction as every check-in, check-out, undo, correction, badge and desk
 * note, and signed by the registrar at the desk): one trigger there covers every path, and the
 * entry outlives the registration, whose removal deletes its attendance log.
 */
const timeOf = (side: 'before' | 'after', key: string) =>
  `CASE WHEN json_valid(NEW.${side}) THEN json_extract(NEW.${side}, '$.${key}') END`;
const attendanceChange = (field: string, before: string, after: string, when: string) =>
  `SELECT json_object('f', '${field}', 'b', ${before}, 'a', ${after}) AS c WHERE ${when}`;
const attendanceTrigger = `
  CREATE TRIGGER audit_attendance_change AFTER INSERT ON attendance_change WHEN ${NOT_MUTED_SQL}
  BEGIN
    INSERT INTO audit_entry (at, operator, os_user, entity, entity_id, action, via, meeting_id,
      person_id, label, changes)
    SELECT NEW.changed_at, coalesce(nullif(NEW.operator, ''), ${OPERATOR_SQL}), ${OS_USER_SQL},
      'attendance', NEW.registration_id, NEW.action, '', r.meeting_id, r.person_id,
      coalesce(${personName('r.person_id')}, ''),
      (SELECT json_group_array(json(c)) FROM (
        ${[
          attendanceChange('day', 'NULL', 'NEW.day', 'NEW.day IS NOT NULL'),
          attendanceChange(
            'session',
            'NULL',
            '(SELECT title FROM session WHERE id = NEW.session_id)',
            'NEW.session_id IS NOT NULL',
          ),
          attendanceChange('method', 'NULL', 'NEW.method', 'NEW.method IS NOT NULL'),
          ...['checkedInAt', 'checkedOutAt'].map((key) =>
            attendanceChange(
              key,
              timeOf('before', key),
              timeOf('after', key),
              `NEW.action <> 'desk_note' AND ${timeOf('before', key)} IS NOT ${timeOf('after', key)}`,
            ),
          ),
          attendanceChange('deskNote', 'NEW.before', 'NEW.after', "NEW.action = 'desk_note'"),
        ].join(' UNION ALL ')}))
    FROM registration r WHERE r.id = NEW.registration_id;
  END;`;

const migration: Migration = {
  version: 410,
  name: 'audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit_entry (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '',
        os_user TEXT NOT NULL DEFAULT '',
        entity TEXT NOT NULL,
        entity_id INTEGER,
        action TEXT NOT NULL,
        via TEXT NOT NULL DEFAULT '',
        meeting_id INTEGER,
        person_id INTEGER,
        label TEXT NOT NULL DEFAULT '',
        changes TEXT NOT NULL DEFAULT '[]',
        scrubbed INTEGER NOT NULL DEFAULT 0 CHECK (scrubbed IN (0, 1))
      ) STRICT;
      CREATE INDEX audit_entry_meeting ON audit_entry(meeting_id, id) WHERE meeting_id IS NOT NULL;
      CREATE INDEX audit_entry_person ON audit_entry(person_id, id) WHERE person_id IS NOT NULL;
      CREATE TRIGGER audit_entry_kept BEFORE DELETE ON audit_entry
      BEGIN SELECT RAISE(ABORT, 'audit entries are never deleted'); END;

      CREATE TABLE audit_mute (reason TEXT NOT NULL) STRICT;

      ${[personAudited, registrationAudited, meeting].map(auditTriggers).join('\n')}
      ${importTriggers}
      ${attendanceTrigger}
    `);
  },
};
export default migration;
