import type { Database } from '../../electron/backend/db/sqlite';
import { describe, expect, it } from 'vitest';
import { databaseAt, sqlError, tableNames } from './migration-fixtures';

/** A meeting (id 1) with a country, a person registered to it (registration 1) and a room (1). */
function seed(db: Database.Database): void {
  db.exec(`
    INSERT INTO country (code, alpha3, numeric) VALUES ('FR', 'FRA', '250');
    INSERT INTO meeting (title, kind, start_date, end_date, time_zone, created_at, updated_at)
      VALUES ('Specialists group', 'specialists_group', '2026-11-14', '2026-11-17', 'Europe/Paris', 'now', 'now');
    INSERT INTO person (given_names, family_names, name_key, created_at, updated_at)
      VALUES ('Claire', 'Martin', 'claire martin', 'now', 'now');
    INSERT INTO registration (meeting_id, person_id, created_at, updated_at) VALUES (1, 1, 'now', 'now');
    INSERT INTO room (meeting_id, name) VALUES (1, 'Main hall');
  `);
}

const session = `INSERT INTO session (meeting_id, title, type, day, start_minute, end_minute, room_id,
  all_rooms, updated_at) VALUES (1, 'Opening', ?, '2026-11-14', ?, ?, ?, ?, 'now')`;

describe('migration 100: agenda', () => {
  it('creates the agenda tables', () => {
    expect(tableNames(databaseAt(100))).toEqual(
      expect.arrayContaining([
        'agenda_edit',
        'award',
        'room',
        'session',
        'session_person',
        'session_type_colour',
        'track',
      ]),
    );
  });

  it('keeps sessions within a day, at least a minute long, of a known type, in one room or all', () => {
    const db = databaseAt(100);
    seed(db);
    expect(sqlError(db, session, 'plenary', 540, 600, 1, 0)).toBeNull();
    expect(sqlError(db, session, 'plenary', 600, 600, 1, 0)).toMatch(/CHECK/);
    expect(sqlError(db, session, 'plenary', 600, 540, 1, 0)).toMatch(/CHECK/);
    expect(sqlError(db, session, 'plenary', 1400, 1450, 1, 0)).toMatch(/CHECK/);
    expect(sqlError(db, session, 'party', 540, 600, 1, 0)).toMatch(/CHECK/);
    expect(sqlError(db, session, 'break', 540, 600, 1, 1)).toMatch(/CHECK/);
    expect(sqlError(db, session, 'break', 540, 600, null, 1)).toBeNull();
    expect(sqlError(db, session, 'plenary', 540, 600, 99, 0)).toMatch(/FOREIGN KEY/);
  });

  it('refuses to delete a room or a registration still used by a session', () => {
    const db = databaseAt(100);
    seed(db);
    db.prepare(session).run('plenary', 540, 600, 1, 0);
    db.exec(
      "INSERT INTO session_person (session_id, registration_id, role) VALUES (1, 1, 'chair')",
    );
    expect(sqlError(db, 'DELETE FROM room WHERE id = 1')).toMatch(/FOREIGN KEY/);
    expect(sqlError(db, 'DELETE FROM registration WHERE id = 1')).toMatch(/FOREIGN KEY/);
    expect(
      sqlError(
        db,
        "INSERT INTO session_person (session_id, registration_id, role) VALUES (1, 1, 'speaker')",
      ),
    ).toMatch(/UNIQUE|PRIMARY KEY/);
  });

  it('deletes the whole agenda with its meeting', () => {
    const db = databaseAt(100);
    seed(db);
    db.prepare(session).run('plenary', 540, 600, 1, 0);
    db.exec(`
      INSERT INTO session_person (session_id, registration_id, role) VALUES (1, 1, 'chair');
      INSERT INTO award (meeting_id, name, session_id) VALUES (1, 'Award', 1);
      INSERT INTO agenda_edit (meeting_id, action, changes, created_at) VALUES (1, 'x', '[]', 'now');
      DELETE FROM meeting WHERE id = 1;`);
    for (const table of ['room', 'session', 'session_person', 'award', 'agenda_edit'])
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  });

  it('never reuses the id of a deleted session, so an undo cannot collide with a newer row', () => {
    const db = databaseAt(100);
    seed(db);
    db.prepare(session).run('plenary', 540, 600, 1, 0);
    db.exec('DELETE FROM session WHERE id = 1');
    const { lastInsertRowid } = db.prepare(session).run('plenary', 540, 600, 1, 0);
    expect(Number(lastInsertRowid)).toBe(2);
  });
});
