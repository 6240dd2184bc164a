import type { Database } from '../../electron/backend/db/sqlite';
import { describe, expect, it } from 'vitest';
import { createImportsRepo } from '../../electron/backend/imports/imports.repo';
import { databaseAt } from './migration-fixtures';
import { testBackend } from './helpers';
import { createMeeting, csv, file, HEADERS, MAPPING } from './imports-fixtures';

/** A meeting, an organisation and a person who exists before the import. */
function seed(db: Database.Database): void {
  db.exec(`
    INSERT OR IGNORE INTO country (code, alpha3, numeric) VALUES ('SN', 'SEN', '686');
    INSERT INTO meeting (title, kind, start_date, end_date, time_zone, created_at, updated_at)
      VALUES ('Working group', 'working_group', '2026-09-22', '2026-09-24', 'Africa/Dakar', 'now', 'now');
    INSERT INTO organisation (name, type, name_key, created_at, updated_at)
      VALUES ('Police Nationale', 'law_enforcement', 'police nationale', 'now', 'now');
    INSERT INTO person (given_names, family_names, name_key, created_at, updated_at)
      VALUES ('Fatou', 'Sow', 'fatou sow', 'now', 'now');
    INSERT INTO import_batch (meeting_id, file_name, created_at) VALUES (1, 'indico.csv', 'now');
  `);
}

/** What an import writes: two people, their registrations, one merged twice, one person updated. */
function importRows(db: Database.Database): void {
  db.exec(`
    INSERT INTO person (given_names, family_names, email, organisation_id, country_code, name_key,
        created_at, updated_at)
      VALUES ('Awa', 'Diop', 'awa@example.org', 1, 'SN', 'awa diop', 'now', 'now'),
             ('Li', 'Wei', '', NULL, NULL, 'li wei', 'now', 'now');
    INSERT INTO registration (meeting_id, person_id, role, status, consent_to_list, import_batch_id,
        created_at, updated_at)
      VALUES (1, 2, 'speaker', 'confirmed', 0, 1, 'now', 'now'),
             (1, 3, 'delegate', 'registered', NULL, 1, 'now', 'now');
    UPDATE person SET phone = '+221 77 000 00 00' WHERE id = 3;
    UPDATE person SET position = 'Commissaire' WHERE id = 1;
  `);
}

const entries = (db: Database.Database) =>
  db
    .prepare(
      `SELECT entity, entity_id, action, via, meeting_id, person_id, label, changes
       FROM audit_entry ORDER BY id`,
    )
    .all() as { entity: string; entity_id: number; action: string; changes: string }[];

describe('migration 0430: an import logs its rows at once', () => {
  it('writes the creation entries the row triggers wrote, with a row merged later logged once as it ends up', () => {
    const before = databaseAt(420);
    seed(before);
    const seeded = entries(before).length;
    importRows(before);
    const byTriggers = entries(before).slice(seeded);

    const after = databaseAt(430);
    seed(after);
    const repo = createImportsRepo(after as never);
    repo.deferAudit(1, 1);
    importRows(after);
    // The existing person's update is still logged as it happens; the batch's rows wait.
    expect(
      entries(after)
        .slice(seeded)
        .map((e) => [e.entity, e.action]),
    ).toEqual([['person', 'update']]);
    repo.logCreated(1, 1);
    const atOnce = entries(after).slice(seeded);

    const created = (list: typeof byTriggers) => list.filter((e) => e.action === 'create');
    // Li Wei's phone came from a later row of the file: their one entry has it.
    const li = (list: typeof byTriggers) =>
      list.find((e) => e.entity === 'person' && e.entity_id === 3);
    expect(JSON.parse(li(atOnce)!.changes)).toEqual({
      a: { givenNames: 'Li', familyNames: 'Wei', phone: '+221 77 000 00 00', consentToList: 0 },
    });
    const exceptLi = (list: typeof byTriggers) => created(list).filter((e) => e !== li(list));
    expect(exceptLi(atOnce)).toEqual(exceptLi(byTriggers));
    expect(created(atOnce).map((e) => [e.entity, e.entity_id])).toEqual([
      ['person', 2],
      ['registration', 1],
      ['person', 3],
      ['registration', 2],
    ]);
    expect(atOnce.filter((e) => e.action === 'update')).toEqual(
      byTriggers.filter((e) => e.action === 'update' && e.entity_id === 1),
    );
    // The triggers resume: a later edit of an imported person is logged.
    expect(after.prepare('SELECT count(*) FROM audit_import').pluck().get()).toBe(0);
    after.exec("UPDATE person SET position = 'Inspectrice' WHERE id = 2");
    expect(entries(after).at(-1)).toMatchObject({
      entity: 'person',
      entity_id: 2,
      action: 'update',
    });
  });

  it('leaves nothing deferred after an import through the backend, done or failed', async () => {
    const backend = testBackend();
    const meetingId = await createMeeting(backend);
    const rows = [['Awa', 'Diop', 'awa@example.org', 'Police Nationale', 'Senegal', '']];
    const source = {
      meetingId,
      file: file('indico.csv', csv([HEADERS, ...rows])),
      mapping: MAPPING,
    };
    backend.db.exec(`CREATE TRIGGER fail BEFORE INSERT ON registration
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    expect((await backend.dispatch('imports.run', source)).ok).toBe(false);
    expect(backend.db.prepare('SELECT count(*) FROM audit_import').pluck().get()).toBe(0);
    backend.db.exec('DROP TRIGGER fail');
    await backend.call('imports.run', source);
    expect(backend.db.prepare('SELECT count(*) FROM audit_import').pluck().get()).toBe(0);
    const [awa] = await backend.call('registrations.list', { meetingId });
    await backend.call('registrations.update', {
      id: awa!.id,
      registration: { ...awa!, dietary: 'Halal' },
    });
    const { entries: log } = await backend.call('audit.list', { meetingId, limit: 50 });
    expect(log[0]).toMatchObject({ entity: 'registration', action: 'update' });
  });
});
