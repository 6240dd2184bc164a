import type { Database } from '../../electron/backend/db/sqlite';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/db/migrate';
import { migrations } from '../../electron/backend/db/migrations';
import { normaliseName } from '../../shared/domain/people';
import { databaseAt, tableNames } from './migration-fixtures';

// Names in several scripts, with letters the ascii tokenizer must not split on (ß, ø, ı, ł, Cyrillic,
// Han, Adlam), apostrophes and hyphens that normaliseName turns into spaces, and digits.
const NAMES = [
  ['María José', 'Núñez'],
  ['Aïcha', 'Koné-Diallo'],
  ['Łukasz', 'Wiśniewski'],
  ['Jürgen', 'Groß'],
  ['Søren', 'Ødegaard'],
  ['Çağlar', 'Yılmaz'],
  ['Александр', 'Шевченко'],
  ['伟', '李'],
  ['𞤀𞤣𞤢𞤥𞤢', 'Bâ'],
  ['Seán', 'Ó Súilleabháin'],
  ['', 'O’Brien'],
  ['Louis', 'XIV 2'],
];

function insertPeople(db: Database.Database): void {
  const insert = db.prepare(`INSERT INTO person (given_names, family_names, name_key, created_at,
    updated_at) VALUES (?, ?, ?, 'now', 'now')`);
  for (const [given = '', family = ''] of NAMES)
    insert.run(given, family, normaliseName(`${given} ${family}`));
}

const byIndex = (db: Database.Database, expression: string) =>
  db
    .prepare('SELECT rowid FROM person_name WHERE person_name MATCH ? ORDER BY rowid')
    .pluck()
    .all(expression);
const byLike = (db: Database.Database, part: string) =>
  db
    .prepare("SELECT id FROM person WHERE (' ' || name_key) LIKE ? ORDER BY id")
    .pluck()
    .all(`% ${part}%`);

describe('migration 0040 person name index', () => {
  it('indexes the people already in the database', () => {
    const db = databaseAt(30);
    insertPeople(db);
    migrate(
      db,
      migrations.filter((m) => m.version <= 40),
    );
    expect(tableNames(db)).toContain('person_name');
    expect(db.pragma('user_version', { simple: true })).toBe(40);
    expect(byIndex(db, '"nu"*')).toEqual([1]);
    expect(byIndex(db, '"ш"*')).toEqual([7]);
  });

  it('finds exactly the people the LIKE prefix found, for every one- and two-letter prefix', () => {
    const db = databaseAt(40);
    insertPeople(db);
    const words = NAMES.flatMap(([g = '', f = '']) => normaliseName(`${g} ${f}`).split(' '));
    const prefixes = new Set(words.flatMap((w) => [[...w].slice(0, 1), [...w].slice(0, 2)]));
    for (const extra of ['zz', 'a', 'o', 'x', '2', 'ı']) prefixes.add([...extra]);
    for (const chars of prefixes) {
      const part = chars.join('');
      expect(byIndex(db, `"${part}"*`), part).toEqual(byLike(db, part));
    }
    // Several short words are all required, as the LIKE patterns were.
    expect(byIndex(db, '"ma"* AND "n"*')).toEqual([1]);
    expect(byIndex(db, '"ma"* AND "k"*')).toEqual([]);
  });

  it('follows every insert, name change and deletion of a person', () => {
    const db = databaseAt(40);
    insertPeople(db);
    db.prepare(
      "UPDATE person SET family_names = 'Lima', name_key = 'maria jose lima' WHERE id = 1",
    ).run();
    expect(byIndex(db, '"nu"*')).toEqual([]);
    expect(byIndex(db, '"li"*')).toEqual([1]);
    // Changes that leave the name alone leave the index alone.
    db.prepare("UPDATE person SET email = 'm@example.org' WHERE id = 1").run();
    expect(byIndex(db, '"li"*')).toEqual([1]);
    db.prepare('DELETE FROM person WHERE id = 1').run();
    expect(byIndex(db, '"li"*')).toEqual([]);
    expect(byIndex(db, '"ma"*')).toEqual([]);
  });
});
