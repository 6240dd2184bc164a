import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { counts, createMeeting, csv, file, HEADERS, MAPPING } from './imports-fixtures';

async function setup() {
  const backend = testBackend();
  const meetingId = await createMeeting(backend);
  const source = (rows: string[][]) => ({
    meetingId,
    file: file('participants.csv', csv([HEADERS, ...rows])),
    mapping: MAPPING,
  });
  return { backend, meetingId, source };
}

const many = (n: number, prefix = 'p') =>
  Array.from({ length: n }, (_, i) => [
    `Given${i}`,
    `${prefix === 'p' ? '' : prefix}Family${i}`,
    `${prefix}${i}@example.org`,
    `Organisation ${i % 7}`,
    i % 2 ? "Côte d'Ivoire" : 'CIV',
    '',
  ]);

describe('writing an import', () => {
  it('registers everyone, finds them in search and remembers the mapping', async () => {
    const { backend, meetingId, source } = await setup();
    const result = await backend.call('imports.run', source(many(30)));
    expect(result.batch).toMatchObject({
      createdCount: 30,
      mergedCount: 0,
      fileName: 'participants.csv',
    });
    expect(counts(backend)).toMatchObject({ people: 30, registrations: 30, organisations: 7 });
    const found = await backend.call('registrations.search', { meetingId, query: 'Family17' });
    expect(found.ids).toHaveLength(1);
    const byCountry = await backend.call('people.directory', { query: 'ivoire' });
    expect(byCountry).toHaveLength(30);

    const again = await backend.call('imports.inspect', {
      meetingId,
      file: file(
        'other.csv',
        csv([
          ['Country', 'Email', 'Last name', 'First name', 'Organisation', 'Role'],
          ['x', 'y', 'z', 'w', 'v', 'u'],
        ]),
      ),
    });
    expect(again.mappingSource).toBe('remembered');
    expect(again.mapping).toEqual({
      givenNames: 3,
      familyNames: 2,
      email: 1,
      organisation: 4,
      country: 0,
      role: 5,
    });
  });

  it('lands whole or not at all: a failure mid-way leaves nothing behind', async () => {
    const { backend, source } = await setup();
    // A constraint that fails on the 50th person, the way a full disk or a bug would mid-import.
    backend.db.exec(`
      CREATE TRIGGER fail_mid_import BEFORE INSERT ON person
      WHEN (SELECT count(*) FROM person) >= 49
      BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    const reply = await backend.dispatch('imports.run', source(many(100)));
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(counts(backend)).toEqual({ people: 0, registrations: 0, organisations: 0, batches: 0 });
    const search = backend.db.prepare('SELECT count(*) AS n FROM person_search').get();
    expect(search).toEqual({ n: 0 });
  });

  it('reports progress under the job id', async () => {
    const { backend, source } = await setup();
    const events: { phase: string; done: number; total: number }[] = [];
    backend.onEvent((event, payload) => {
      if (event === 'job.progress' && (payload as { jobId: string }).jobId === 'job-1')
        events.push(payload as (typeof events)[number]);
    });
    await backend.call('imports.run', { ...source(many(5000)), jobId: 'job-1' });
    const phases = [...new Set(events.map((e) => e.phase))];
    expect(phases).toEqual(['read', 'check', 'write']);
    expect(events.at(-1)).toMatchObject({ phase: 'write', done: 5000, total: 5000 });
  });

  it('can be cancelled between chunks, writing nothing', async () => {
    const { backend, source } = await setup();
    const run = backend.dispatch('imports.run', { ...source(many(20000)), jobId: 'job-2' });
    // The cancel arrives while the job is reading or checking (it yields between chunks).
    await new Promise((resolve) => setTimeout(resolve, 5));
    await backend.call('imports.cancel', { jobId: 'job-2' });
    expect(await run).toMatchObject({
      ok: false,
      error: { code: 'cancelled', message: 'imports.messages.cancelled' },
    });
    expect(counts(backend)).toMatchObject({ people: 0, batches: 0 });
  });

  it('announces the write before it begins, the last moment a cancel is honoured', async () => {
    const { backend, source } = await setup();
    let peopleWhenAnnounced: number | null = null;
    backend.onEvent((event, payload) => {
      const p = payload as { jobId: string; phase: string };
      if (event !== 'job.progress' || p.jobId !== 'job-4' || p.phase !== 'write') return;
      if (peopleWhenAnnounced !== null) return;
      peopleWhenAnnounced = counts(backend).people;
      void backend.dispatch('imports.cancel', { jobId: 'job-4' });
    });
    const reply = await backend.dispatch('imports.run', { ...source(many(3000)), jobId: 'job-4' });
    expect(peopleWhenAnnounced).toBe(0);
    expect(reply).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(counts(backend)).toMatchObject({ people: 0, batches: 0 });
  });

  it('honours a cancel that arrives before its job starts', async () => {
    const { backend, source } = await setup();
    await backend.call('imports.cancel', { jobId: 'job-3' });
    const reply = await backend.dispatch('imports.run', { ...source(many(10)), jobId: 'job-3' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});

describe('undoing the last import', () => {
  it('deletes what it created and restores what it merged', async () => {
    const { backend, meetingId, source } = await setup();
    await backend.call(
      'imports.run',
      source([
        ['Aminata', 'Diallo', 'a.diallo@example.org', 'Police nationale', 'Mali', 'Speaker'],
      ]),
    );
    const before = backend.db.prepare('SELECT * FROM person WHERE id = 1').get();
    const registrationBefore = backend.db.prepare('SELECT * FROM registration').get();
    const second = await backend.call('imports.run', {
      ...source([
        ['Aminata', 'Diallo', 'a.diallo@example.org', 'Interpol', 'Sénégal', 'Chair'],
        ['Ousmane', 'Keita', '', 'Gendarmerie nationale', 'Mali', ''],
      ]),
      duplicateDefault: 'merge',
    });
    expect(counts(backend)).toMatchObject({ people: 2, organisations: 3 });
    expect(await backend.call('imports.last', { meetingId })).toMatchObject({
      id: second.batch.id,
      undoneAt: null,
    });

    const undone = await backend.call('imports.undoLast', { meetingId, batchId: second.batch.id });
    expect(undone).toEqual({ batchId: second.batch.id, removed: 1, restored: 2 });
    expect(counts(backend)).toMatchObject({ people: 1, registrations: 1, organisations: 1 });
    expect(backend.db.prepare('SELECT * FROM person WHERE id = 1').get()).toEqual(before);
    expect(backend.db.prepare('SELECT * FROM registration').get()).toEqual(registrationBefore);
    const history = backend.db.prepare('SELECT status FROM registration_status_change').all();
    expect(history).toEqual([{ status: 'invited' }]);
    const found = await backend.call('people.directory', { query: 'Keita' });
    expect(found).toHaveLength(0);
    expect((await backend.call('imports.last', { meetingId }))?.undoneAt).not.toBeNull();
  });

  it('refuses to undo twice, or a batch that is no longer the latest', async () => {
    const { backend, meetingId, source } = await setup();
    const first = await backend.call('imports.run', source(many(2, 'a')));
    await backend.call('imports.run', source(many(2, 'b')));
    const stale = await backend.dispatch('imports.undoLast', {
      meetingId,
      batchId: first.batch.id,
    });
    expect(stale).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'imports.messages.notLatest' },
    });
    expect(counts(backend).people).toBe(4);
    await backend.call('imports.undoLast', { meetingId });
    const twice = await backend.dispatch('imports.undoLast', { meetingId });
    expect(twice).toMatchObject({
      ok: false,
      error: { message: 'imports.messages.alreadyUndone' },
    });
    expect(counts(backend).people).toBe(2);
  });

  it('keeps a created person who has since been registered to another meeting', async () => {
    const { backend, meetingId, source } = await setup();
    await backend.call('imports.run', source(many(1)));
    const other = await backend.call('meetings.create', {
      title: 'Lyon',
      kind: 'specialists_group',
      startDate: '2026-11-14',
      endDate: '2026-11-17',
      timeZone: 'Europe/Paris',
    });
    await backend.call('registrations.create', {
      meetingId: other.id,
      personId: 1,
      registration: {},
    });
    await backend.call('imports.undoLast', { meetingId });
    expect(counts(backend)).toMatchObject({ people: 1, registrations: 1 });
  });
});
