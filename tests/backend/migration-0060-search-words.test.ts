import type { Database } from '../../electron/backend/db/sqlite';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/db/migrate';
import { migrations } from '../../electron/backend/db/migrations';
import { searchMatch } from '../../electron/backend/people/search-terms';
import { databaseAt, tableNames } from './migration-fixtures';

// People as a version-40 database holds them: rows, and search documents in the old format
// (the raw text joined with " | "), which the migration must replace.
function fillVersion40(db: Database.Database): void {
  const organisation = db.prepare(`INSERT INTO organisation (name, acronym, type, country_code,
    name_key, created_at, updated_at) VALUES (?, ?, 'law_enforcement', NULL, ?, 'now', 'now')`);
  organisation.run('Ministère de la Justice', '', 'ministere de la justice');
  organisation.run('National Crime Agency', 'NCA', 'national crime agency');
  const person = db.prepare(`INSERT INTO person (given_names, family_names, organisation_id,
    country_code, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'now', 'now')`);
  const oldDocument = db.prepare('INSERT INTO person_search (rowid, text) VALUES (?, ?)');
  for (const [id, given, family, organisationId, country, organisationName] of [
    [1, 'Jean-Pierre', 'Dubois', 1, null, 'Ministère de la Justice'],
    [2, 'Emily', 'Clarke', 2, null, 'National Crime Agency | NCA'],
    [3, 'Søren', 'Ødegaard', null, null, ''],
  ] as const) {
    person.run(given, family, organisationId, country, `${given} ${family}`.toLowerCase());
    oldDocument.run(id, [given, family, organisationName].filter(Boolean).join(' | '));
  }
}

const found = (db: Database.Database, query: string) =>
  db
    .prepare('SELECT rowid FROM person_search WHERE person_search MATCH ? ORDER BY rowid')
    .pluck()
    .all(searchMatch(query));

describe('migration 0060 search words', () => {
  it('rebuilds every search document so short words and folded letters are found', () => {
    const db = databaseAt(40);
    fillVersion40(db);
    migrate(
      db,
      migrations.filter((m) => m.version <= 60),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(60);
    expect(found(db, 'ministère de la justice')).toEqual([1]);
    expect(found(db, 'national crime a')).toEqual([2]);
    expect(found(db, 'soren')).toEqual([3]);
    expect(found(db, 'jean p')).toEqual([1]);
    // One document per person: the old ones are gone.
    expect(db.prepare('SELECT count(*) FROM person_search').pluck().get()).toBe(3);
  });

  it('drops the name-word index and the triggers that fed it, and indexes countries', () => {
    const db = databaseAt(60);
    expect(tableNames(db)).not.toContain('person_name');
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM person WHERE country_code = 'FR'")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('person_country');
    const triggers = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'person_name%'")
      .all();
    expect(triggers).toEqual([]);
    // A person can still be written without the old triggers' table.
    db.prepare(
      `INSERT INTO person (given_names, family_names, name_key, created_at, updated_at)
      VALUES ('Ana', 'Lima', 'ana lima', 'now', 'now')`,
    ).run();
  });
});
