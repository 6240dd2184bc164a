import type { Migration } from '../migrate';

/**
 * Retention: a meeting may carry the day after which its participants' personal data is
 * anonymised (NULL: kept until deleted by hand), and a person remembers when they were
 * anonymised, so screens can say so and the rule never runs twice on them.
 */
const migration: Migration = {
  version: 400,
  name: 'retention',
  up(db) {
    db.exec(`
      ALTER TABLE meeting ADD COLUMN retention_date TEXT
        CHECK (retention_date IS NULL OR retention_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
      ALTER TABLE person ADD COLUMN anonymised_at TEXT;
      CREATE INDEX meeting_retention ON meeting(retention_date) WHERE retention_date IS NOT NULL;
    `);
  },
};
export default migration;
