import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/db/migrate';
import { migrations } from '../../electron/backend/db/migrations';
import { databaseAt, sqlError, tableNames } from './migration-fixtures';

const REGISTRATION = `
  INSERT INTO meeting (id, title, kind, start_date, end_date, time_zone, created_at, updated_at)
    VALUES (1, 'M', 'other', '2026-01-01', '2026-01-02', 'UTC', 'now', 'now');
  INSERT INTO country (code, alpha3, numeric) VALUES ('FR', 'FRA', '250');
  INSERT INTO person (id, given_names, name_key, created_at, updated_at)
    VALUES (1, 'Ana', 'ana', 'now', 'now');
  INSERT INTO registration (id, meeting_id, person_id, visa_letter, created_at, updated_at)
    VALUES (1, 1, 1, 1, 'now', 'now');`;

describe('migration 0220 visa details', () => {
  it('adds the passport details table beside the registrations, which are kept', () => {
    const db = databaseAt(210);
    db.exec(REGISTRATION);
    migrate(db, migrations);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(220);
    expect(tableNames(db)).toContain('visa_details');
    expect(db.prepare('SELECT visa_letter FROM registration').pluck().get()).toBe(1);
  });

  it('needs a passport number and a known country, and goes with its registration', () => {
    const db = databaseAt(220);
    db.exec(REGISTRATION);
    const insert = `INSERT INTO visa_details (registration_id, passport_number, nationality_code, updated_at)
      VALUES (1, ?, ?, 'now')`;
    expect(sqlError(db, insert, '  ', 'FR')).toMatch(/CHECK/);
    expect(sqlError(db, insert, 'X1', 'ZZ')).toMatch(/FOREIGN KEY/);
    expect(sqlError(db, insert, '12AB34567', 'FR')).toBeNull();
    db.exec('DELETE FROM registration WHERE id = 1');
    expect(db.prepare('SELECT count(*) FROM visa_details').pluck().get()).toBe(0);
  });
});
