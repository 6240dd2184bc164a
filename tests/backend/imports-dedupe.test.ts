import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { counts, createMeeting, csv, file, HEADERS, MAPPING } from './imports-fixtures';
import { meetingInput } from './meeting-fixtures';

async function setup() {
  const backend = testBackend();
  const meetingId = await createMeeting(backend);
  const source = (rows: string[][], name = 'p.csv') => ({
    meetingId,
    file: file(name, csv([HEADERS, ...rows])),
    mapping: MAPPING,
  });
  return { backend, meetingId, source };
}

const AMINATA = [
  'Aminata',
  'Diallo',
  'aminata.diallo@example.org',
  'Police nationale',
  'Mali',
  'Speaker',
];

describe('duplicates against people already stored', () => {
  it('finds the same email, whatever its case, and calls it a conflict under another name', async () => {
    const { backend, source } = await setup();
    await backend.call('imports.run', source([AMINATA]));
    const report = await backend.call(
      'imports.check',
      source([['Aminata', 'Diallo-Sy', 'AMINATA.DIALLO@example.org ', 'Interpol', 'Mali', '']]),
    );
    expect(report.duplicates).toEqual([
      {
        row: 2,
        kind: 'existing',
        reason: 'conflict',
        suggested: null,
        incoming: {
          name: 'Aminata Diallo-Sy',
          email: 'AMINATA.DIALLO@example.org',
          organisation: 'Interpol',
          country: 'Mali',
          countryCode: 'ML',
        },
        existing: {
          personId: 1,
          name: 'Aminata Diallo',
          email: 'aminata.diallo@example.org',
          organisation: 'Police nationale',
          countryCode: 'ML',
          registered: true,
        },
        firstRow: null,
        earlier: null,
      },
    ]);
  });

  it('finds the same name, ignoring accents, case and name order; another organisation is a namesake', async () => {
    const { backend, source } = await setup();
    await backend.call(
      'imports.run',
      source([['Hélène', 'Núñez', '', 'Policía Nacional', 'Spain', '']]),
    );
    const report = await backend.call(
      'imports.check',
      source([
        ['NUNEZ', 'helene', '', 'policia nacional', 'Espagne', ''],
        ['Hélène', 'Núñez', '', 'Guardia Civil', 'Spain', ''],
      ]),
    );
    expect(report.duplicates.map((d) => [d.row, d.kind, d.reason])).toEqual([
      [2, 'existing', 'name'],
      [3, 'existing', 'namesake'],
    ]);
  });

  it('finds people registered to another meeting and says they are not registered here', async () => {
    const { backend, source } = await setup();
    await backend.call('imports.run', source([AMINATA]));
    const other = await backend.call('meetings.create', meetingInput({ title: 'Lyon' }));
    const report = await backend.call('imports.check', {
      ...source([AMINATA]),
      meetingId: other.id,
    });
    expect(report.duplicates[0]?.existing).toMatchObject({ personId: 1, registered: false });
  });
});

describe('duplicates within the file', () => {
  it('finds a repeated email or name, pointing at the first row', async () => {
    const { backend, source } = await setup();
    const report = await backend.call(
      'imports.check',
      source([
        AMINATA,
        ['Kofi', 'Mensah', 'k.mensah@example.org', 'Ghana Police Service', 'Ghana', ''],
        ['A.', 'Diallo', 'aminata.diallo@example.org', '', 'Mali', ''],
        ['kofi', 'MENSAH', '', 'Ghana Police Service', 'Ghana', ''],
      ]),
    );
    expect(report.duplicates.map((d) => [d.row, d.kind, d.reason, d.firstRow])).toEqual([
      [4, 'file', 'conflict', 2],
      [5, 'file', 'name', 3],
    ]);
  });
});

describe('the registrar decides: merge, skip or create', () => {
  async function withExisting() {
    const ctx = await setup();
    await ctx.backend.call('imports.run', ctx.source([AMINATA]));
    const incoming = ['Aminata', 'Diallo', 'aminata.diallo@example.org', '', 'Mali', 'Chair'];
    const second = ctx.source([incoming, ['Ousmane', 'Keita', '', 'Gendarmerie', 'Mali', '']]);
    return { ...ctx, second };
  }

  it('merge keeps one person and takes the file’s details', async () => {
    const { backend, second } = await withExisting();
    const result = await backend.call('imports.run', { ...second, decisions: { '2': 'merge' } });
    expect(result.batch).toMatchObject({ createdCount: 1, mergedCount: 1, skippedCount: 0 });
    expect(result.alreadyRegistered).toBe(1);
    expect(counts(backend)).toMatchObject({ people: 2, registrations: 2 });
    const row = backend.db
      .prepare(
        `SELECT p.family_names, o.name AS organisation, r.role FROM person p
         LEFT JOIN organisation o ON o.id = p.organisation_id JOIN registration r ON r.person_id = p.id
         WHERE p.id = 1`,
      )
      .get();
    // An empty organisation cell did not erase the stored one; the role in the file was taken.
    expect(row).toEqual({
      family_names: 'Diallo',
      organisation: 'Police nationale',
      role: 'chair',
    });
  });

  it('skip leaves the stored person as they were', async () => {
    const { backend, second } = await withExisting();
    const result = await backend.call('imports.run', { ...second, decisions: { '2': 'skip' } });
    expect(result.batch).toMatchObject({ createdCount: 1, mergedCount: 0, skippedCount: 1 });
    expect(counts(backend).people).toBe(2);
    const role = backend.db.prepare('SELECT role FROM registration WHERE person_id = 1').get();
    expect(role).toEqual({ role: 'speaker' });
  });

  it('create makes a second person', async () => {
    const { backend, second } = await withExisting();
    const result = await backend.call('imports.run', { ...second, decisions: { '2': 'create' } });
    expect(result.batch).toMatchObject({ createdCount: 2, mergedCount: 0 });
    expect(counts(backend).people).toBe(3);
  });

  it('a default decision covers duplicates without one (apply to all)', async () => {
    const { backend, second } = await withExisting();
    const result = await backend.call('imports.run', { ...second, duplicateDefault: 'merge' });
    expect(result.batch.mergedCount).toBe(1);
  });

  it('merging a repeated row folds it into the person its first row created', async () => {
    const { backend, source } = await setup();
    const result = await backend.call('imports.run', {
      ...source([
        ['Kofi', 'Mensah', 'k.mensah@example.org', '', 'Ghana', ''],
        ['Kofi', 'Mensah', 'k.mensah@example.org', 'Ghana Police Service', 'Ghana', 'Speaker'],
      ]),
      decisions: { '3': 'merge' },
    });
    expect(result.batch).toMatchObject({ createdCount: 1, mergedCount: 1 });
    expect(result.registered).toBe(1);
    const row = backend.db
      .prepare(
        `SELECT o.name AS organisation, r.role,
           (SELECT count(*) FROM registration_status_change c WHERE c.registration_id = r.id) AS history
         FROM person p JOIN organisation o ON o.id = p.organisation_id
         JOIN registration r ON r.person_id = p.id`,
      )
      .get();
    expect(row).toEqual({ organisation: 'Ghana Police Service', role: 'speaker', history: 1 });
  });
});
