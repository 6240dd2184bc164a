import type { Database } from '../../electron/backend/db/sqlite';
import { describe, expect, it } from 'vitest';
import { databaseAt } from './migration-fixtures';
import { fromStored, type AuditChange, type StoredChanges } from '../../shared/domain/audit';

const changesOf = (db: Database.Database) =>
  (
    db
      .prepare("SELECT changes FROM audit_entry WHERE entity = 'registration' ORDER BY id")
      .pluck()
      .all() as string[]
  ).map((c) => fromStored(JSON.parse(c) as StoredChanges));

function seed(db: Database.Database): void {
  db.exec(`
    INSERT OR IGNORE INTO country (code, alpha3, numeric) VALUES ('BJ', 'BEN', '204');
    INSERT INTO meeting (title, kind, start_date, end_date, time_zone, created_at, updated_at)
      VALUES ('Working group', 'working_group', '2026-09-22', '2026-09-24', 'Africa/Porto-Novo', 'now', 'now');
    INSERT INTO person (given_names, family_names, country_code, name_key, created_at, updated_at)
      VALUES ('Awa', 'Diop', 'BJ', 'awa diop', 'now', 'now'),
             ('Koffi', 'Mensah', 'BJ', 'koffi mensah', 'now', 'now');
  `);
}

const listed = (change: AuditChange[]) => change.filter((c) => c.field === 'listedForMeeting');

describe('migration 0420 audit listing consent', () => {
  it('before it, a change of the listing consent left no entry', () => {
    const db = databaseAt(410);
    seed(db);
    db.exec(`INSERT INTO registration (meeting_id, person_id, created_at, updated_at)
      VALUES (1, 1, 'now', 'now');
      UPDATE registration SET consent_to_list = 0;`);
    expect(changesOf(db)).toHaveLength(1);
  });

  it('logs the meeting’s own answer as it changes, and an explicit “no” at creation', () => {
    const db = databaseAt(420);
    seed(db);
    db.exec(`INSERT INTO registration (meeting_id, person_id, consent_to_list, created_at, updated_at)
        VALUES (1, 1, NULL, 'now', 'now'), (1, 2, 0, 'now', 'now');
      UPDATE registration SET consent_to_list = 1 WHERE person_id = 1;
      UPDATE registration SET consent_to_list = 0 WHERE person_id = 1;
      UPDATE registration SET updated_at = 'later';`);
    const [createdAwa, createdKoffi, ...updates] = changesOf(db);
    expect(listed(createdAwa!)).toEqual([]);
    expect(listed(createdKoffi!)).toEqual([
      { field: 'listedForMeeting', before: null, after: 'no' },
    ]);
    expect(updates).toEqual([
      [{ field: 'listedForMeeting', before: null, after: 'yes' }],
      [{ field: 'listedForMeeting', before: 'yes', after: 'no' }],
    ]);
  });

  it('still logs the other fields, deletions, and stays silent while muted', () => {
    const db = databaseAt(420);
    seed(db);
    db.exec(`INSERT INTO registration (meeting_id, person_id, created_at, updated_at)
        VALUES (1, 1, 'now', 'now');
      UPDATE registration SET status = 'confirmed', consent_to_list = 1;
      INSERT INTO audit_mute (reason) VALUES ('test');
      UPDATE registration SET consent_to_list = 0;
      DELETE FROM audit_mute;
      DELETE FROM registration;`);
    const rows = db
      .prepare("SELECT action FROM audit_entry WHERE entity = 'registration' ORDER BY id")
      .pluck()
      .all();
    expect(rows).toEqual(['create', 'update', 'delete']);
    expect(changesOf(db)[1]).toEqual([
      { field: 'status', before: 'invited', after: 'confirmed' },
      { field: 'listedForMeeting', before: null, after: 'yes' },
    ]);
    expect(listed(changesOf(db)[2]!)).toEqual([
      { field: 'listedForMeeting', before: 'no', after: null },
    ]);
  });
});
