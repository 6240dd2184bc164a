import type { Migration } from '../migrate';

/**
 * Passport details of a registration that asked for an invitation or visa-support letter, entered
 * for that letter only: they live apart from the person (no other list, search or export reads
 * this table) and go with the registration. One row per registration; the dates are calendar
 * days, the nationality the passport's country.
 */
const migration: Migration = {
  version: 220,
  name: 'visa-details',
  up(db) {
    db.exec(`
      CREATE TABLE visa_details (
        registration_id INTEGER PRIMARY KEY REFERENCES registration(id) ON DELETE CASCADE,
        passport_number TEXT NOT NULL CHECK (length(trim(passport_number)) BETWEEN 1 AND 40),
        nationality_code TEXT REFERENCES country(code),
        date_of_birth TEXT,
        place_of_birth TEXT NOT NULL DEFAULT '' CHECK (length(place_of_birth) <= 200),
        passport_issued_on TEXT,
        passport_expires_on TEXT,
        passport_authority TEXT NOT NULL DEFAULT '' CHECK (length(passport_authority) <= 200),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
export default migration;
