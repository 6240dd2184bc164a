import type { Migration } from '../migrate';

/**
 * Countries (seeded by the people feature on open), organisations, people entered once, their
 * registrations to meetings with status history, import batches for undo, and FTS5 search.
 */
const migration: Migration = {
  version: 30,
  name: 'people',
  up(db) {
    db.exec(`
      CREATE TABLE country (
        code TEXT PRIMARY KEY CHECK (length(code) = 2),
        alpha3 TEXT NOT NULL,
        numeric TEXT NOT NULL,
        m49_region TEXT NOT NULL DEFAULT '',
        m49_subregion TEXT NOT NULL DEFAULT '',
        police_region TEXT CHECK (police_region IN ('africa','americas','asia_south_pacific','europe','mena')),
        region_adjusted INTEGER NOT NULL DEFAULT 0 CHECK (region_adjusted IN (0, 1))
      ) STRICT;

      CREATE TABLE organisation (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        acronym TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL DEFAULT 'other'
          CHECK (type IN ('law_enforcement','international','regional','ngo','private','academia','other')),
        country_code TEXT REFERENCES country(code),
        name_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX organisation_name_key ON organisation(name_key);

      CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        given_names TEXT NOT NULL DEFAULT '',
        family_names TEXT NOT NULL DEFAULT '',
        gender TEXT CHECK (gender IN ('female','male','other','undisclosed')),
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
        position TEXT NOT NULL DEFAULT '',
        country_code TEXT REFERENCES country(code),
        nationality_code TEXT REFERENCES country(code),
        languages TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        consent_to_list INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_list IN (0, 1)),
        name_key TEXT NOT NULL,
        email_key TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (length(trim(given_names || family_names)) > 0)
      ) STRICT;
      CREATE INDEX person_email_key ON person(email_key) WHERE email_key <> '';
      CREATE INDEX person_name_key ON person(name_key);
      CREATE INDEX person_organisation ON person(organisation_id);

      CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        created_count INTEGER NOT NULL DEFAULT 0,
        merged_count INTEGER NOT NULL DEFAULT 0,
        skipped_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        undone_at TEXT
      ) STRICT;

      -- What an import changed, so the last import can be undone exactly.
      CREATE TABLE import_change (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('person_created','person_updated','organisation_created','registration_created','registration_updated')),
        row_id INTEGER NOT NULL,
        before_json TEXT
      ) STRICT;
      CREATE INDEX import_change_batch ON import_change(batch_id);

      CREATE TABLE registration (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        role TEXT NOT NULL DEFAULT 'delegate'
          CHECK (role IN ('delegate','speaker','chair','staff','observer','vip')),
        status TEXT NOT NULL DEFAULT 'invited'
          CHECK (status IN ('invited','registered','confirmed','waitlisted','declined','cancelled')),
        planned_days TEXT NOT NULL DEFAULT '[]',
        arrival_date TEXT,
        departure_date TEXT,
        dietary TEXT NOT NULL DEFAULT '',
        accessibility TEXT NOT NULL DEFAULT '',
        visa_letter INTEGER NOT NULL DEFAULT 0 CHECK (visa_letter IN (0, 1)),
        badge_name TEXT NOT NULL DEFAULT '',
        internal_notes TEXT NOT NULL DEFAULT '',
        import_batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (meeting_id, person_id)
      ) STRICT;
      CREATE INDEX registration_person ON registration(person_id);

      CREATE TABLE registration_status_change (
        id INTEGER PRIMARY KEY,
        registration_id INTEGER NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX registration_status_change_reg ON registration_status_change(registration_id);

      -- One searchable document per person: names, organisation, email and country names (en, fr).
      CREATE VIRTUAL TABLE person_search USING fts5(
        text,
        tokenize = 'trigram remove_diacritics 1'
      );
    `);
  },
};
export default migration;
