import type { Migration } from '../migrate';
import { documentBuilder, DOCUMENT_ROWS, type DocumentRow } from '../../people/search.repo';

/**
 * Search by the starts of words. The trigram index found three letters or more anywhere but could
 * not look up fewer, so short words were matched against names only, and "united ki", "de la" or
 * "cote d" found nobody. Every word typed now matches the start of any word of a person's text
 * (names, organisation, email, country names), in one index of folded words (shared/domain/
 * search-text: accents, ø, ł, ß, ı, and every kind of apostrophe and dash alike). The name-word
 * index of 0040 goes with it.
 *
 * A prefix index for every length up to 16 makes each word typed one lookup: without one, "police"*
 * merges every term that starts so (~2 ms at 50,000 people, ~6 ms for three such words); with them
 * the index grows by about 85 % (~4 MB at 50,000 people).
 *
 * The ascii tokenizer splits on ASCII punctuation only; folded documents and queries hold nothing
 * but letters, digits and single spaces, so its tokens are exactly their words, in any script.
 * detail=none: queries are word prefixes joined by AND, never phrases.
 *
 * Also an index on a person's country, for the directory's country filter and its counts per
 * country (organisation_id has one since 0030).
 */
const migration: Migration = {
  version: 60,
  name: 'search-words',
  up(db) {
    db.exec(`
      DROP TRIGGER person_name_insert;
      DROP TRIGGER person_name_update;
      DROP TRIGGER person_name_delete;
      DROP TABLE person_name;
      DROP TABLE person_search;
      CREATE VIRTUAL TABLE person_search USING fts5(
        text,
        tokenize = 'ascii',
        prefix = '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16',
        detail = none
      );
      CREATE INDEX person_country ON person(country_code);
    `);
    const ids = db.prepare<[], number>('SELECT id FROM person ORDER BY id').pluck().all();
    const rows = db.prepare<[string], DocumentRow>(DOCUMENT_ROWS);
    const insert = db.prepare<[number, string]>(
      'INSERT INTO person_search (rowid, text) VALUES (?, ?)',
    );
    const documentOf = documentBuilder();
    const CHUNK = 5_000;
    for (let i = 0; i < ids.length; i += CHUNK)
      for (const row of rows.all(JSON.stringify(ids.slice(i, i + CHUNK))))
        insert.run(row.id, documentOf(row));
  },
};
export default migration;
