import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../electron/backend/errors';
import {
  startWorkerBackend,
  type WorkerBackend,
  type WorkerBackendOptions,
} from '../../electron/backend/worker/worker-backend';
import type { Envelope, EventName } from '../../shared/api';
import { tempDir } from './helpers';
import { meetingInput } from './meeting-fixtures';

const TEST_WORKER = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'worker-fixtures',
  'test-backend-worker.ts',
);

/** Like a test's: each worker compiles the backend's TypeScript through tsx as it starts. */
const START_TIMEOUT = 30_000;

const started: WorkerBackend[] = [];
afterAll(async () => {
  for (const backend of started.splice(0)) await backend.close();
});

async function start(options: Partial<WorkerBackendOptions> = {}) {
  const logged: { message: string; error: unknown }[] = [];
  const backend = await startWorkerBackend({
    dataDir: tempDir(),
    checkOutput: true,
    log: (message, error) => logged.push({ message, error }),
    ...options,
  });
  started.push(backend);
  return { backend, logged };
}

function value<T>(reply: Envelope<unknown>): T {
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value as T;
}

/** A registrant list of `count` distinct people, as a file the import accepts. */
function bigFile(count: number) {
  const rows = Array.from({ length: count }, (_, i) => [
    `Given${i}`,
    `Family${i % 997} ${i}`,
    `person${i}@example.org`,
    `Organisation ${i % 200}`,
    ['France', 'Sénégal', 'Japan'][i % 3]!,
  ]);
  const text = Papa.unparse([
    ['First name', 'Last name', 'Email', 'Organisation', 'Country'],
    ...rows,
  ]);
  return {
    file: { name: 'registrants.csv', base64: Buffer.from(text, 'utf8').toString('base64') },
    mapping: { givenNames: 0, familyNames: 1, email: 2, organisation: 3, country: 4 },
  };
}

const phaseOf = (payload: unknown) => (payload as { phase?: string }).phase;

/**
 * A data folder for workers shared by several tests: helpers' tempDir() is emptied after each
 * test, which would pull the database from under workers that outlive it.
 */
function sharedDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-worker-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Resolves at the first event that matches. */
function nextEvent(backend: WorkerBackend, match: (event: EventName, payload: unknown) => boolean) {
  return new Promise<void>((resolve) => {
    const off = backend.onEvent((event, payload) => {
      if (!match(event, payload)) return;
      off();
      resolve();
    });
  });
}

describe('the backend in worker threads', () => {
  // One pair of workers for these tests (each makes its own meeting): starting them costs seconds.
  let backend: WorkerBackend;
  const dataDir = sharedDir();
  beforeAll(async () => {
    backend = await startWorkerBackend({ dataDir, checkOutput: true, log: () => {} });
  }, START_TIMEOUT);
  afterAll(() => backend.close());

  it('answers calls, passes events back and reads what was just written', async () => {
    const events: string[] = [];
    backend.onEvent((event, payload) => events.push(`${event} ${JSON.stringify(payload)}`));
    const created = value<{ id: number }>(
      await backend.dispatch('meetings.create', meetingInput()),
    );
    // meetings.list is served by the reader, on its own connection: the write is already visible.
    const list = value<{ id: number }[]>(await backend.dispatch('meetings.list', {}));
    expect(list.map((m) => m.id)).toContain(created.id);
    expect(events).toContain('data.changed {"feature":"meetings"}');
    const refused = await backend.dispatch('meetings.create', meetingInput({ title: '' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.dispatch('meetings.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
  });

  it('answers a call while a 20,000-row import is writing, and while it is undone', async () => {
    const meetingId = value<{ id: number }>(
      await backend.dispatch('meetings.create', meetingInput()),
    ).id;
    const writing = nextEvent(backend, (e, p) => e === 'job.progress' && phaseOf(p) === 'write');
    let importDone = false;
    const run = backend
      .dispatch('imports.run', { meetingId, ...bigFile(20_000), jobId: 'big-import' })
      .finally(() => (importDone = true));
    await writing;
    // Proof that reads do not wait for the write, without timing anything: a cheap call to the
    // primary (a cancel for no job), then a read. On a single backend thread the read is always
    // answered after that call. Here, once the primary is inside the import's transaction, the
    // read is answered while the call still waits.
    const totals: number[] = [];
    let overtaken = false;
    while (!importDone && !overtaken) {
      let probeAnswered = false;
      const probe = backend
        .dispatch('imports.cancel', { jobId: 'probe' })
        .then(() => (probeAnswered = true));
      const summary = await backend.dispatch('registrations.summary', { meetingId });
      totals.push(value<{ total: number }>(summary).total);
      overtaken = !probeAnswered;
      await probe;
    }
    const { batch } = value<{ batch: { id: number; createdCount: number } }>(await run);
    expect(batch.createdCount).toBe(20_000);
    expect(overtaken).toBe(true);
    // Reads beside the write see the last commit: none or all of the import, never part of it.
    expect(totals.every((total) => total === 0 || total === 20_000)).toBe(true);

    const order: string[] = [];
    // The undo starts as soon as the primary gets it, ahead of the read sent just after it.
    const undo = backend
      .dispatch('imports.undoLast', { meetingId, batchId: batch.id })
      .then((reply) => (order.push('undo done'), reply));
    const list = await backend.dispatch('meetings.list', {});
    order.push('list answered');
    expect(value<{ removed: number }>(await undo).removed).toBe(20_000);
    expect(value<{ id: number }[]>(list).map((m) => m.id)).toContain(meetingId);
    expect(order).toEqual(['list answered', 'undo done']);
  });

  it('reports an import’s progress and cancels it from the host', async () => {
    const meetingId = value<{ id: number }>(
      await backend.dispatch('meetings.create', meetingInput()),
    ).id;
    const phases = new Set<string>();
    backend.onEvent((event, payload) => {
      if (event === 'job.progress') phases.add((payload as { phase: string }).phase);
    });
    const checking = nextEvent(backend, (e, p) => e === 'job.progress' && phaseOf(p) === 'check');
    const run = backend.dispatch('imports.run', { meetingId, ...bigFile(20_000), jobId: 'job-1' });
    await checking;
    expect(value(await backend.dispatch('imports.cancel', { jobId: 'job-1' }))).toEqual({
      cancelled: true,
    });
    expect(await run).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(phases.has('read')).toBe(true);
    expect(value(await backend.dispatch('imports.last', { meetingId }))).toBeNull();
  });
});

// The reader is not the subject below: without it, each start loads the backend's code once.
describe('starting the backend in a worker', () => {
  it('refuses a database from a newer Plenary with the same clear message, file untouched', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'plenary.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x INTEGER)');
    raw.pragma('user_version = 9999');
    raw.close();
    const before = fs.readFileSync(file);
    const error = await start({ dataDir, reader: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'database_too_new' });
    expect((error as Error).message).toMatch(/newer version of Plenary.*not changed/s);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual(['plenary.sqlite']);
  });

  it('refuses a file that is not a database, leaving it untouched', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'plenary.sqlite');
    fs.writeFileSync(file, 'meeting notes, not a database\n');
    const error = await start({ dataDir, reader: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'database_unreadable' });
    expect((error as Error).message).toMatch(/is not a Plenary database.*not changed/s);
    expect(fs.readFileSync(file, 'utf8')).toBe('meeting notes, not a database\n');
  });

  it('refuses a data folder it cannot write, saying which', async () => {
    // A folder inside a file cannot be created, even by root (whom chmod would not stop).
    const aFile = path.join(tempDir(), 'a-file');
    fs.writeFileSync(aFile, '');
    const dataDir = path.join(aFile, 'data');
    const error = await start({ dataDir, reader: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'data_folder_unwritable' });
    expect((error as Error).message).toContain(`cannot write to its data folder ${dataDir}`);
  });
});

describe('the bridge to the shell, and a worker that crashes', () => {
  const asked: unknown[] = [];
  let backend: WorkerBackend;
  let logged: { message: string; error: unknown }[];
  const dataDir = sharedDir();
  beforeAll(async () => {
    ({ backend, logged } = await start({
      dataDir,
      workerFile: TEST_WORKER,
      reader: false,
      dialogs: {
        available: true,
        saveFile: async (options) => (asked.push(options), '/home/registrar/participants.xlsx'),
        openFile: async () => null,
      },
    }));
  }, START_TIMEOUT);

  it('reaches the host’s native dialogs through a request, and waits for the answer', async () => {
    const options = { title: 'Export', defaultName: 'participants.xlsx', filters: [] };
    expect(value(await backend.dispatch('test.saveFile', options))).toEqual({
      chosen: '/home/registrar/participants.xlsx',
      available: true,
    });
    expect(asked).toEqual([options]);
  });

  it('answers the pending call with a clear error, says why, and is started again', async () => {
    const created = value<{ id: number }>(
      await backend.dispatch('meetings.create', meetingInput()),
    );
    const crashed = await backend.dispatch('test.crash', {});
    expect(crashed).toEqual({
      ok: false,
      error: { code: 'internal', message: 'errors.backendStopped' },
    });
    expect(logged.map((l) => l.message)).toContain(
      "The backend's primary worker stopped unexpectedly",
    );
    expect(String(logged.at(-1)?.error)).toMatch(/Simulated crash in the backend worker/);
    // The next call starts a fresh worker on the same file: what was saved is still there.
    const list = value<{ id: number }[]>(await backend.dispatch('meetings.list', {}));
    expect(list.map((m) => m.id)).toEqual([created.id]);
  });
});

describe('a test’s fixed clock in the workers', () => {
  it(
    'starts at `now` in both workers and moves on when told',
    async () => {
      // 23:30 in Porto-Novo on the 21st: the meeting's "today" is the 22nd only an hour later.
      const now = Date.parse('2026-09-21T22:30:00Z');
      for (const reader of [true, false]) {
        const { backend } = await start({ now, reader });
        const { id: meetingId } = value<{ id: number }>(
          await backend.dispatch('meetings.create', meetingInput()),
        );
        const today = async () =>
          value<{ today: string }>(await backend.dispatch('attendance.presence', { meetingId }))
            .today;
        expect(await today(), `reader ${reader}`).toBe('2026-09-21');
        backend.advanceClock(60 * 60_000);
        expect(await today(), `reader ${reader}`).toBe('2026-09-22');
      }
    },
    2 * START_TIMEOUT,
  );
});
