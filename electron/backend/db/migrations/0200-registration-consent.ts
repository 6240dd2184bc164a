import type { Migration } from '../migrate';

/**
 * Consent to be listed, per registration: whether this meeting's participant list may name the
 * person. NULL means the meeting has no answer of its own and the person's standing answer
 * (person.consent_to_list) applies, so every registration that existed before keeps exactly the
 * consent it had, and a new registration follows the person until a bulk action or an import
 * gives the meeting its own answer. Lists read coalesce(registration's, person's).
 */
const migration: Migration = {
  version: 200,
  name: 'registration-consent',
  up(db) {
    db.exec(`
      ALTER TABLE registration ADD COLUMN consent_to_list INTEGER
        CHECK (consent_to_list IS NULL OR consent_to_list IN (0, 1));
    `);
  },
};
export default migration;
