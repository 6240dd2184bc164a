import type { Migration } from '../migrate';

const migration: Migration = {
  version: 20,
  name: 'meetings',
  up(db) {
    db.exec(`
      CREATE TABLE meeting (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('specialists_group','working_group','conference','training','other')),
        venue TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        country_code TEXT CHECK (country_code IS NULL OR length(country_code) = 2),
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL CHECK (end_date >= start_date),
        time_zone TEXT NOT NULL,
        languages TEXT NOT NULL DEFAULT '[]',
        description TEXT NOT NULL DEFAULT '',
        parent_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meeting_parent ON meeting(parent_id);
      CREATE INDEX meeting_start ON meeting(start_date);
    `);
  },
};
export default migration;
