import type { Migration } from '../migrate';
import { auditTriggers, createdEntriesView, dropAuditTriggers } from '../../audit/audit-triggers';
import { personAudited } from './0410-audit';
import { registrationWithConsentAudited } from './0420-audit-listing-consent';

/**
 * An import logs its rows at once. Row triggers cost about 25 µs an entry: 10,000 people and
 * their registrations took an import of a 10,000-row file from 0.6 s to 1.3 s. While an import is
 * written, audit_import names it (its batch, and the last person id before it); the triggers then
 * leave the people it creates and its registrations alone, and the import inserts their creation
 * entries from the views below in one statement before it ends: the same entries (a row created
 * and then merged with a later row of the same file is logged once, as it ends up), a quarter of
 * the time. Updates of people and registrations that existed before are still logged by their
 * triggers. audit_import is emptied in the import's transaction, so it is never left behind.
 */
const IMPORT_DEFERRED = {
  person: (row: string) =>
    `EXISTS (SELECT 1 FROM audit_import WHERE ${row}.id > last_person_before)`,
  registration: (row: string) => `${row}.import_batch_id IN (SELECT batch_id FROM audit_import)`,
};

const migration: Migration = {
  version: 430,
  name: 'audit-imports-at-once',
  up(db) {
    db.exec(`
      CREATE TABLE audit_import (
        batch_id INTEGER NOT NULL,
        last_person_before INTEGER NOT NULL
      ) STRICT;
      ${dropAuditTriggers('person')}
      ${dropAuditTriggers('registration')}
      ${auditTriggers({ ...personAudited, deferred: IMPORT_DEFERRED.person })}
      ${auditTriggers({ ...registrationWithConsentAudited, deferred: IMPORT_DEFERRED.registration })}
      ${createdEntriesView(personAudited, 'audit_person_created', ['id'])}
      ${createdEntriesView(registrationWithConsentAudited, 'audit_registration_created', ['id', 'person_id', 'import_batch_id'])}
    `);
  },
};
export default migration;
