import type { Database } from '../../electron/backend/db/sqlite';
import { describe, expect, it } from 'vitest';
import { databaseAt, sqlError, tableNames } from './migration-fixtures';
import { fromStored, type StoredChanges } from '../../shared/domain/audit';

interface Row {
  entity: string;
  action: string;
  operator: string;
  os_user: string;
  meeting_id: number | null;
  person_id: number | null;
  label: string;
  changes: string;
}

const entries = (db: Database.Database) =>
  (db.prepare('SELECT * FROM audit_entry ORDER BY id').all() as Row[]).map((r) => ({
    ...r,
    changes: fromStored(JSON.parse(r.changes) as StoredChanges),
  }));

function seed(db: Database.Database): void {
  db.exec(`
    INSERT INTO setting (key, value) VALUES ('audit.osUser', 'registrar');
    -- Migration 0300 seeds the countries; a schema without them gets France here.
    INSERT OR IGNORE INTO country (code, alpha3, numeric) VALUES ('FR', 'FRA', '250');
    INSERT INTO organisation (name, name_key, created_at, updated_at)
      VALUES ('Police nationale', 'police nationale', 'now', 'now');
    INSERT INTO meeting (title, kind, start_date, end_date, time_zone, created_at, updated_at)
      VALUES ('Specialists group', 'specialists_group', '2026-11-14', '2026-11-17', 'Europe/Paris', 'now', 'now');
    INSERT INTO person (given_names, family_names, organisation_id, country_code, name_key, created_at, updated_at)
      VALUES ('Claire', 'Martin', 1, 'FR', 'claire martin', 'now', 'now');
    INSERT INTO registration (meeting_id, person_id, created_at, updated_at) VALUES (1, 1, 'now', 'now');
  `);
}

describe('migration 0410 audit', () => {
  it('creates the log and its mute switch', () => {
    expect(tableNames(databaseAt(410))).toEqual(
      expect.arrayContaining(['audit_entry', 'audit_mute']),
    );
  });

  it('logs creations with their meaningful values, signed with the computer account', () => {
    const db = databaseAt(410);
    seed(db);
    expect(entries(db).map((e) => [e.entity, e.action, e.operator, e.os_user])).toEqual([
      ['meeting', 'create', '', 'registrar'],
      ['person', 'create', '', 'registrar'],
      ['registration', 'create', '', 'registrar'],
    ]);
    expect(entries(db)[1]).toMatchObject({
      person_id: 1,
      label: 'Claire Martin',
      changes: [
        { field: 'givenNames', before: null, after: 'Claire' },
        { field: 'familyNames', before: null, after: 'Martin' },
        { field: 'organisation', before: null, after: 'Police nationale' },
        { field: 'country', before: null, after: 'FR' },
      ],
    });
  });

  it('logs only the fields that changed, signed with the operator once one is named', () => {
    const db = databaseAt(410);
    seed(db);
    db.exec(`INSERT INTO setting (key, value) VALUES ('attendance.operator', 'Amina Diallo');
      UPDATE registration SET status = 'confirmed', dietary = 'Halal', updated_at = 'later';
      UPDATE registration SET updated_at = 'even later';`);
    const last = entries(db).slice(3);
    expect(last).toEqual([
      expect.objectContaining({
        entity: 'registration',
        action: 'update',
        operator: 'Amina Diallo',
        meeting_id: 1,
        person_id: 1,
        changes: [
          { field: 'status', before: 'invited', after: 'confirmed' },
          { field: 'dietary', before: '', after: 'Halal' },
        ],
      }),
    ]);
  });

  it('logs each registration a meeting takes with it when deleted, then the meeting', () => {
    const db = databaseAt(410);
    seed(db);
    db.exec('DELETE FROM meeting');
    expect(
      entries(db)
        .slice(3)
        .map((e) => [e.entity, e.action, e.label]),
    ).toEqual([
      ['registration', 'delete', 'Claire Martin'],
      ['meeting', 'delete', 'Specialists group'],
    ]);
  });

  it('writes nothing for a rolled-back change', () => {
    const db = databaseAt(410);
    seed(db);
    const before = entries(db).length;
    expect(() =>
      db.transaction(() => {
        db.exec("UPDATE person SET email = 'claire@example.org'");
        throw new Error('the rest of the change failed');
      })(),
    ).toThrow('the rest of the change failed');
    expect(entries(db)).toHaveLength(before);
  });

  it('never deletes an entry, and stays silent while muted', () => {
    const db = databaseAt(410);
    seed(db);
    expect(sqlError(db, 'DELETE FROM audit_entry')).toMatch(/never deleted/);
    db.exec(`INSERT INTO audit_mute (reason) VALUES ('test');
      UPDATE person SET given_names = 'Anonymous';
      DELETE FROM audit_mute;`);
    expect(entries(db)).toHaveLength(3);
  });

  it('logs an import once its counts are written, and its undo', () => {
    const db = databaseAt(410);
    seed(db);
    db.exec(`INSERT INTO import_batch (meeting_id, file_name, created_at) VALUES (1, 'indico.csv', 'now');
      UPDATE import_batch SET created_count = 12, merged_count = 3, skipped_count = 1;
      UPDATE import_batch SET undone_at = 'later';`);
    expect(entries(db).slice(3)).toEqual([
      expect.objectContaining({
        entity: 'import',
        action: 'import',
        meeting_id: 1,
        label: 'indico.csv',
        changes: [
          { field: 'fileName', before: null, after: 'indico.csv' },
          { field: 'created', before: null, after: 12 },
          { field: 'merged', before: null, after: 3 },
          { field: 'skipped', before: null, after: 1 },
        ],
      }),
      expect.objectContaining({ entity: 'import', action: 'importUndone', label: 'indico.csv' }),
    ]);
  });
});
