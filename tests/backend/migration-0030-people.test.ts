import type { Database } from '../../electron/backend/db/sqlite';
import { describe, expect, it } from 'vitest';
import { databaseAt, sqlError, tableNames } from './migration-fixtures';

/** A meeting, a country and a person, enough to register the person to the meeting. */
function seed(db: Database.Database): void {
  db.exec(`
    INSERT INTO meeting (id, title, kind, start_date, end_date, time_zone, created_at, updated_at)
      VALUES (1, 'Working group', 'working_group', '2026-09-22', '2026-09-24', 'Africa/Porto-Novo', 'now', 'now');
    INSERT INTO country (code, alpha3, numeric) VALUES ('BJ', 'BEN', '204');
    INSERT INTO person (id, given_names, family_names, country_code, name_key, created_at, updated_at)
      VALUES (1, 'Aïcha', 'Núñez', 'BJ', 'aicha nunez', 'now', 'now');
  `);
}

const register = `INSERT INTO registration (meeting_id, person_id, role, status, created_at, updated_at)
  VALUES (1, 1, ?, ?, 'now', 'now')`;

describe('migration 0030 people', () => {
  it('creates the participant tables and the search index', () => {
    const db = databaseAt(30);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        'country',
        'organisation',
        'person',
        'import_batch',
        'import_change',
        'registration',
        'registration_status_change',
        'person_search',
      ]),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(30);
  });

  it('refuses a person without any name and a country that is not listed', () => {
    const db = databaseAt(30);
    seed(db);
    const person = `INSERT INTO person (given_names, family_names, country_code, name_key, created_at, updated_at)
      VALUES (?, ?, ?, '', 'now', 'now')`;
    expect(sqlError(db, person, '  ', '', null)).toMatch(/CHECK/);
    expect(sqlError(db, person, 'Ana', '', 'ZZ')).toMatch(/FOREIGN KEY/);
    expect(sqlError(db, person, 'Ana', '', 'BJ')).toBeNull();
  });

  it('registers a person once per meeting, with a known role and status', () => {
    const db = databaseAt(30);
    seed(db);
    expect(sqlError(db, register, 'guest', 'invited')).toMatch(/CHECK/);
    expect(sqlError(db, register, 'delegate', 'maybe')).toMatch(/CHECK/);
    expect(sqlError(db, register, 'delegate', 'invited')).toBeNull();
    expect(sqlError(db, register, 'speaker', 'confirmed')).toMatch(/UNIQUE/);
  });

  it('deletes a meeting’s registrations with it, but keeps the people', () => {
    const db = databaseAt(30);
    seed(db);
    db.prepare(register).run('delegate', 'invited');
    db.exec('DELETE FROM meeting WHERE id = 1');
    expect(db.prepare('SELECT count(*) AS n FROM registration').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM person').get()).toEqual({ n: 1 });
  });

  it('finds "nunez" in "Núñez" through the search index', () => {
    const db = databaseAt(30);
    db.prepare('INSERT INTO person_search (rowid, text) VALUES (1, ?)').run('Aïcha Núñez Bénin');
    const hit = db
      .prepare('SELECT rowid FROM person_search WHERE person_search MATCH ?')
      .all('"nunez"');
    expect(hit).toEqual([{ rowid: 1 }]);
  });
});
