import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/db/migrate';
import { migrations } from '../../electron/backend/db/migrations';
import { databaseAt } from './migration-fixtures';

describe('migration 0200 registration consent', () => {
  it('gives registrations a consent of their own that starts unanswered, so the person’s applies', () => {
    const db = databaseAt(100);
    db.exec(`
      INSERT INTO meeting (id, title, kind, start_date, end_date, time_zone, created_at, updated_at)
        VALUES (1, 'M', 'other', '2026-01-01', '2026-01-02', 'UTC', 'now', 'now');
      INSERT INTO person (id, given_names, family_names, consent_to_list, name_key, created_at, updated_at)
        VALUES (1, 'Ana', 'Núñez', 1, 'ana nunez', 'now', 'now'),
               (2, 'Olga', 'Petrova', 0, 'olga petrova', 'now', 'now');
      INSERT INTO registration (meeting_id, person_id, created_at, updated_at)
        VALUES (1, 1, 'now', 'now'), (1, 2, 'now', 'now');
    `);
    migrate(
      db,
      migrations.filter((m) => m.version <= 200),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(200);
    const effective = db
      .prepare(
        `SELECT p.given_names AS name, r.consent_to_list AS own,
           coalesce(r.consent_to_list, p.consent_to_list) AS listed
         FROM registration r JOIN person p ON p.id = r.person_id ORDER BY r.id`,
      )
      .all();
    expect(effective).toEqual([
      { name: 'Ana', own: null, listed: 1 },
      { name: 'Olga', own: null, listed: 0 },
    ]);
  });

  it('accepts only yes, no or no answer', () => {
    const db = databaseAt(200);
    db.exec(`
      INSERT INTO meeting (id, title, kind, start_date, end_date, time_zone, created_at, updated_at)
        VALUES (1, 'M', 'other', '2026-01-01', '2026-01-02', 'UTC', 'now', 'now');
      INSERT INTO person (id, given_names, name_key, created_at, updated_at)
        VALUES (1, 'Ana', 'ana', 'now', 'now');
      INSERT INTO registration (id, meeting_id, person_id, created_at, updated_at)
        VALUES (1, 1, 1, 'now', 'now');
    `);
    const set = db.prepare('UPDATE registration SET consent_to_list = ? WHERE id = 1');
    expect(() => set.run(1)).not.toThrow();
    expect(() => set.run(null)).not.toThrow();
    expect(() => set.run(2)).toThrow(/CHECK constraint/);
  });
});
