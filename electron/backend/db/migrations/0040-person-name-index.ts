import type { Migration } from '../migrate';

/**
 * An index of the words of every person's normalised name, for searches of one or two letters
 * ("a", "mo"): the trigram index cannot serve them, and scanning a meeting's people with LIKE took
 * ~20 ms at 50,000 people. A word-prefix lookup returns the same people.
 *
 * name_key holds only letters, digits and single spaces (normaliseName), and the ascii tokenizer
 * splits on ASCII non-alphanumerics only, so its tokens are exactly name_key's words: `"mo"*` finds
 * what `' ' || name_key LIKE '% mo%'` finds, in any script. No folding is needed, name_key being
 * lower-cased and accent-free already; detail=none because only whole-token prefixes are asked.
 * Triggers keep it in step with person, whatever path writes a name.
 */
const migration: Migration = {
  version: 40,
  name: 'person-name-index',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE person_name USING fts5(
        name_key,
        tokenize = 'ascii',
        prefix = '1 2',
        detail = none
      );
      INSERT INTO person_name (rowid, name_key) SELECT id, name_key FROM person;

      CREATE TRIGGER person_name_insert AFTER INSERT ON person BEGIN
        INSERT INTO person_name (rowid, name_key) VALUES (new.id, new.name_key);
      END;
      CREATE TRIGGER person_name_update AFTER UPDATE OF name_key ON person BEGIN
        DELETE FROM person_name WHERE rowid = old.id;
        INSERT INTO person_name (rowid, name_key) VALUES (new.id, new.name_key);
      END;
      CREATE TRIGGER person_name_delete AFTER DELETE ON person BEGIN
        DELETE FROM person_name WHERE rowid = old.id;
      END;
    `);
  },
};
export default migration;
