import type { Migration } from '../migrate';

/**
 * The meetings list is searched (title, venue, city, country, accents ignored) and sorted by title
 * in SQL: each meeting keeps its folded search text and title key. They are computed in
 * JavaScript (country names come from a library), so the meetings feature fills them when the
 * backend opens and keeps them current on every write; this step only adds the columns.
 */
const migration: Migration = {
  version: 90,
  name: 'meeting-search',
  up(db) {
    db.exec(`
      ALTER TABLE meeting ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
      ALTER TABLE meeting ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
    `);
  },
};
export default migration;
