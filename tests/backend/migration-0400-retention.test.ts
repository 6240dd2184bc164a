import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/db/migrate';
import { migrations } from '../../electron/backend/db/migrations';
import { databaseAt, sqlError } from './migration-fixtures';

const insertMeeting = `INSERT INTO meeting (title, kind, start_date, end_date, time_zone, created_at,
  updated_at, retention_date) VALUES ('Lyon', 'specialists_group', '2026-11-14', '2026-11-17',
  'Europe/Paris', 'now', 'now', ?)`;

describe('migration 0400 retention', () => {
  it('gives meetings an optional retention day and people the day they were anonymised', () => {
    const db = databaseAt(100);
    db.exec(`INSERT INTO meeting (title, kind, start_date, end_date, time_zone, created_at, updated_at)
      VALUES ('Cotonou', 'working_group', '2026-09-22', '2026-09-24', 'Africa/Porto-Novo', 'now', 'now');
      INSERT INTO person (given_names, family_names, name_key, created_at, updated_at)
      VALUES ('Claire', 'Martin', 'claire martin', 'now', 'now');`);
    migrate(
      db,
      migrations.filter((m) => m.version <= 400),
    );
    // What was there is kept, with nothing to anonymise and no one anonymised.
    expect(db.prepare('SELECT title, retention_date FROM meeting').all()).toEqual([
      { title: 'Cotonou', retention_date: null },
    ]);
    expect(db.prepare('SELECT given_names, anonymised_at FROM person').all()).toEqual([
      { given_names: 'Claire', anonymised_at: null },
    ]);
  });

  it('keeps only calendar days as retention dates', () => {
    const db = databaseAt(400);
    expect(sqlError(db, insertMeeting, '2027-11-17')).toBeNull();
    expect(sqlError(db, insertMeeting, null)).toBeNull();
    expect(sqlError(db, insertMeeting, 'next year')).toMatch(/CHECK/);
    expect(sqlError(db, insertMeeting, '17/11/2027')).toMatch(/CHECK/);
  });
});
