import type { Migration } from '../migrate';
import { auditTriggers, dropAuditTriggers } from '../../audit/audit-triggers';
import type { AuditedTable } from '../../audit/audit-triggers';
import { registrationAudited } from './0410-audit';

/** The registration's audited columns as of this step: 0410's and the listing consent. */
export const registrationWithConsentAudited: AuditedTable = {
  ...registrationAudited,
  columns: [
    ...registrationAudited.columns,
    {
      field: 'listedForMeeting',
      column: 'consent_to_list',
      shown: (value) => `CASE ${value} WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END`,
    },
  ],
};

/**
 * The change log learns each registration's listing consent (migration 0200: this meeting's own
 * answer, set in bulk from the participants view and by imports), which the registration
 * triggers of 0410 did not watch. They are rebuilt with it. Kept as 'yes' or 'no' rather than
 * 1 or 0, so a registration created with an explicit "no" still says so (a creation entry drops
 * empty values, 0 among them); none (NULL) means the person's standing answer applies.
 */
const migration: Migration = {
  version: 420,
  name: 'audit-listing-consent',
  up(db) {
    db.exec(`
      ${dropAuditTriggers('registration')}
      ${auditTriggers(registrationWithConsentAudited)}
    `);
  },
};
export default migration;
