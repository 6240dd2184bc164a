import type { Database } from '../../electron/backend/db/sqlite';
import { describe, expect, it } from 'vitest';
import { databaseAt, sqlError, tableNames } from './migration-fixtures';

const TOKEN = 'CDEFGHJKLNPRSTVXCDEFGHJKLNPRSTVX';
const OTHER = 'XVTSRPNLKJHGFEDCXVTSRPNLKJHGFEDC';

/** A meeting (1) with a person registered to it (registration 1) and a session (1). */
function seed(db: Database.Database): void {
  db.exec(`
    INSERT INTO meeting (title, kind, start_date, end_date, time_zone, created_at, updated_at)
      VALUES ('Specialists group', 'specialists_group', '2026-11-14', '2026-11-17', 'Europe/Paris', 'now', 'now');
    INSERT INTO person (given_names, family_names, name_key, created_at, updated_at)
      VALUES ('Claire', 'Martin', 'claire martin', 'now', 'now');
    INSERT INTO registration (meeting_id, person_id, created_at, updated_at) VALUES (1, 1, 'now', 'now');
    INSERT INTO session (meeting_id, title, type, day, start_minute, end_minute, updated_at)
      VALUES (1, 'Workshop Africa', 'regional_workshop', '2026-11-15', 840, 960, 'now');
  `);
}

const badge =
  'INSERT INTO badge (registration_id, token, issued_at, replaced_at) VALUES (1, ?, ?, ?)';
const day = `INSERT INTO attendance_day (registration_id, meeting_id, day, checked_in_at, checked_out_at, method)
  VALUES (1, 1, ?, ?, ?, ?)`;

describe('migration 110: attendance', () => {
  it('creates the attendance tables', () => {
    const db = databaseAt(110);
    expect(db.pragma('user_version', { simple: true })).toBe(110);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        'badge',
        'attendance_day',
        'attendance_session',
        'attendance_change',
        'desk_note',
      ]),
    );
  });

  it('keeps one current badge per registration, every token unique and 32 letters long', () => {
    const db = databaseAt(110);
    seed(db);
    expect(sqlError(db, badge, TOKEN, 'now', null)).toBeNull();
    expect(sqlError(db, badge, OTHER, 'now', null)).toMatch(/UNIQUE/);
    db.prepare("UPDATE badge SET replaced_at = 'later' WHERE token = ?").run(TOKEN);
    expect(sqlError(db, badge, OTHER, 'later', null)).toBeNull();
    expect(sqlError(db, badge, TOKEN, 'later', 'later')).toMatch(/UNIQUE/);
    expect(sqlError(db, badge, 'SHORT', 'later', 'later')).toMatch(/CHECK/);
  });

  it('records one check-in per registration and day, of a known method, out after in', () => {
    const db = databaseAt(110);
    seed(db);
    expect(sqlError(db, day, '2026-11-14', '2026-11-14T07:30:00Z', null, 'scan')).toBeNull();
    expect(sqlError(db, day, '2026-11-14', '2026-11-14T08:30:00Z', null, 'scan')).toMatch(
      /UNIQUE|PRIMARY/,
    );
    expect(sqlError(db, day, '2026-11-15', '2026-11-15T07:30:00Z', null, 'telepathy')).toMatch(
      /CHECK/,
    );
    expect(
      sqlError(db, day, '2026-11-15', '2026-11-15T07:30:00Z', '2026-11-15T07:00:00Z', 'scan'),
    ).toMatch(/CHECK/);
  });

  it('goes with the registration, and keeps a session’s attendance while the session is away', () => {
    const db = databaseAt(110);
    seed(db);
    db.prepare(badge).run(TOKEN, 'now', null);
    db.prepare(day).run('2026-11-15', '2026-11-15T07:30:00Z', null, 'scan');
    db.exec(`
      INSERT INTO attendance_session (session_id, registration_id, checked_in_at, method)
        VALUES (1, 1, '2026-11-15T13:00:00Z', 'roster');
      INSERT INTO attendance_change (registration_id, day, action, changed_at)
        VALUES (1, '2026-11-15', 'check_in', 'now');
      INSERT INTO desk_note (registration_id, note, updated_at) VALUES (1, 'Wheelchair', 'now');
      DELETE FROM session WHERE id = 1;`);
    expect(db.prepare('SELECT count(*) AS n FROM attendance_session').get()).toEqual({ n: 1 });
    db.exec('DELETE FROM registration WHERE id = 1');
    for (const table of [
      'badge',
      'attendance_day',
      'attendance_session',
      'attendance_change',
      'desk_note',
    ])
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  });
});
