import { describe, expect, it } from 'vitest';
import { databaseAt, sqlError, tableNames } from './migration-fixtures';

const insert = `INSERT INTO meeting (id, title, kind, country_code, start_date, end_date, time_zone,
  parent_id, created_at, updated_at)
  VALUES (@id, @title, @kind, @country, @start, @end, 'Europe/Paris', @parent, 'now', 'now')`;

const row = (overrides: Record<string, unknown> = {}) => ({
  id: 1,
  title: 'Annual meeting',
  kind: 'specialists_group',
  country: 'FR',
  start: '2026-11-14',
  end: '2026-11-17',
  parent: null,
  ...overrides,
});

describe('migration 0020 meetings', () => {
  it('creates the meeting table with its indexes', () => {
    const db = databaseAt(20);
    expect(tableNames(db)).toEqual(['meeting', 'setting']);
    const indexes = db.prepare("PRAGMA index_list('meeting')").all() as { name: string }[];
    expect(indexes.map((i) => i.name).sort()).toEqual(['meeting_parent', 'meeting_start']);
  });

  it('accepts a well-formed meeting', () => {
    const db = databaseAt(20);
    expect(sqlError(db, insert, row())).toBeNull();
  });

  it.each([
    ['a last day before the first', { end: '2026-11-13' }, /CHECK/],
    ['a blank title', { title: '   ' }, /CHECK/],
    ['an unknown kind', { kind: 'party' }, /CHECK/],
    ['a country code that is not two letters', { country: 'FRA' }, /CHECK/],
    ['a parent that does not exist', { parent: 99 }, /FOREIGN KEY/],
    ['binary data as the title', { title: Buffer.from('x') }, /cannot store BLOB/],
  ])('refuses %s', (_name, overrides, error) => {
    const db = databaseAt(20);
    expect(sqlError(db, insert, row(overrides))).toMatch(error);
  });

  it('unlinks the children when a parent meeting is deleted', () => {
    const db = databaseAt(20);
    db.prepare(insert).run(row({ id: 1 }));
    db.prepare(insert).run(row({ id: 2, parent: 1 }));
    db.prepare('DELETE FROM meeting WHERE id = 1').run();
    expect(db.prepare('SELECT id, parent_id FROM meeting').all()).toEqual([
      { id: 2, parent_id: null },
    ]);
  });
});
