import { fork, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiClient } from './lib/http-client';
import { registrantFile } from './lib/registrant-file';
import type { ResponsiveHostMessage } from './lib/responsive-host-child';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/temp';
import type { BenchRow } from './lib/types';

const ROWS = 20_000;
/** Exports of the 20,000 imported people (XLSX) and of the sample programme (PDF). */
const EXPORT_ROUNDS = 3;
/** Idle connections opened against the host while the screens' calls are timed. */
const FLOOD = 20_000;
const IDLE_WARMUP = 30;
const IDLE_N = 300;
/** Imports (each followed by its undo) measured with the backend in workers, and before. */
const ROUNDS = { worker: 3, thread: 1 } as const;
const CHILD = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'lib',
  'responsive-host-child.ts',
);

type Mode = keyof typeof ROUNDS;

/** Starts the host process and waits for its address; fails if it dies or hangs. */
function startHost(dataDir: string, mode: Mode) {
  const child = fork(CHILD, [dataDir, mode], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = new Promise<ResponsiveHostMessage>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the host sent no address within 120 s')),
      120_000,
    );
    child.once('message', (message: ResponsiveHostMessage) => {
      clearTimeout(timer);
      resolve(message);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited with code ${code}`));
    });
  });
  return { child, ready };
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.connected) child.disconnect();
  else child.kill();
  await exited;
}

/**
 * What the UI asks while a registrar works: the meetings list, a meeting's figures, its
 * participants and a search in them, the people directory, the settings.
 */
function otherCalls(meetingId: number): [string, unknown][] {
  return [
    ['meetings.list', {}],
    ['registrations.summary', { meetingId }],
    ['registrations.search', { meetingId, query: 'mar' }],
    ['people.directory', { query: 'ma', limit: 50 }],
    ['registrations.list', { meetingId }],
    ['settings.get', {}],
  ];
}

/**
 * Opens `count` connections that never send a byte, as fast as the host accepts them, and closes
 * them all at the end: the host keeps only its cap of them and must still answer the app.
 */
async function floodIdleConnections(port: number, count: number): Promise<void> {
  const sockets: net.Socket[] = [];
  for (let i = 0; i < count; i += 500) {
    const batch = Array.from({ length: Math.min(500, count - i) }, () => {
      const socket = net.connect({ port, host: '127.0.0.1' });
      socket.on('error', () => {});
      socket.resume();
      sockets.push(socket);
      return new Promise<void>((resolve) => {
        socket.once('connect', () => resolve());
        socket.once('close', () => resolve());
      });
    });
    await Promise.all(batch);
  }
  for (const socket of sockets) socket.destroy();
}

/** Measures one host: idle latencies, then latencies while each import and each undo runs. */
async function measureHost(root: string, mode: Mode) {
  const { child, ready } = startHost(path.join(root, mode), mode);
  try {
    const host = await ready;
    const calls = otherCalls(host.sampleMeetingId);
    // Two connections, as a browser has: the long call on one, the others on the second.
    const ui = createApiClient(host.port, host.token);
    const job = createApiClient(host.port, host.token);
    let next = 0;
    const timedCall = async () => {
      const [channel, input] = calls[next++ % calls.length]!;
      const start = performance.now();
      await ui.post(channel, input);
      return performance.now() - start;
    };
    /** Calls one after another, as long as `work` runs; each call started meanwhile counts. */
    const during = async (work: Promise<unknown>) => {
      let done = false;
      const finished = work.finally(() => (done = true));
      const samples: number[] = [];
      while (!done) samples.push(await timedCall());
      await finished;
      return samples;
    };

    const idle: number[] = [];
    for (let i = 0; i < IDLE_WARMUP + IDLE_N; i++) {
      const ms = await timedCall();
      if (i >= IDLE_WARMUP) idle.push(ms);
    }
    const { file, mapping } = registrantFile(ROWS);
    const importing: number[] = [];
    const undoing: number[] = [];
    const meetingId = host.importMeetingId;
    for (let round = 0; round < ROUNDS[mode]; round++) {
      const run = job.post('imports.run', { meetingId, file, mapping, jobId: `bench-${round}` });
      importing.push(...(await during(run)));
      const { value } = (await run) as { value: { batch: { id: number } } };
      const undo = job.post('imports.undoLast', { meetingId, batchId: value.batch.id });
      undoing.push(...(await during(undo)));
    }
    // The long reads, on 20,000 imported people: each export on its own, the screens' calls meanwhile.
    const exporting: number[] = [];
    const printing: number[] = [];
    const flooded: number[] = [];
    const backingUp: number[] = [];
    if (mode === 'worker') {
      const run = job.post('imports.run', { meetingId, file, mapping, jobId: 'bench-kept' });
      await run;
      const list = (await job.post('registrations.listCompact', { meetingId })) as {
        value: { rows: [number][] };
      };
      const ids = list.value.rows.map((row) => row[0]);
      for (let round = 0; round < EXPORT_ROUNDS; round++) {
        const file = job.post('registrations.export', { meetingId, ids, format: 'xlsx' });
        exporting.push(...(await during(file)));
        const pdf = job.post('agenda.exportProgramme', {
          meetingId: host.sampleMeetingId,
          format: 'pdf',
        });
        printing.push(...(await during(pdf)));
      }
      // "Back up now" of the whole file (20,000 more people): the online backup, then its check.
      for (let round = 0; round < EXPORT_ROUNDS; round++)
        backingUp.push(...(await during(job.post('backup.create', {}))));
      flooded.push(...(await during(floodIdleConnections(host.port, FLOOD))));
    }
    ui.close();
    job.close();
    return { idle, importing, undoing, exporting, printing, backingUp, flooded };
  } finally {
    await stopHost(child);
  }
}

/**
 * Whether the browser host keeps answering while a 20,000-row import runs: other calls' latency
 * during the import and during its undo, next to the same calls on an idle host, through HTTP
 * with the host in a process of its own. The backend in worker threads (as both shells now run it)
 * is measured, then, for comparison, the backend on the server's own thread as it was before.
 */
export async function benchResponsiveness(): Promise<BenchRow[]> {
  return withTempDir('plenary-bench-responsive-', async (root) => {
    const workers = await measureHost(root, 'worker');
    const thread = await measureHost(root, 'thread');
    const baseline = 'host: other calls, idle';
    const row = (name: string, samples: number[], target: boolean, note?: string): BenchRow => ({
      name,
      unit: 'ms',
      n: samples.length,
      stats: summarize(samples),
      baseline,
      compareOn: 'p95',
      ...(target ? { targets: [{ stat: 'p95' as const, max: 50 }] } : {}),
      ...(note ? { note } : {}),
    });
    return [
      {
        name: baseline,
        unit: 'ms',
        n: workers.idle.length,
        stats: summarize(workers.idle),
        compareOn: 'p95',
      },
      row(
        'host: other calls during a 20k-row import',
        workers.importing,
        true,
        `${ROUNDS.worker} imports.run of ${ROWS.toLocaleString('en')} new people through the browser host (backend in worker threads); meanwhile, one after another, meetings.list, registrations.summary/search/list of the 230-person sample meeting, people.directory, settings.get`,
      ),
      row('host: other calls during its undo', workers.undoing, true),
      row(
        'host: other calls during an export of 20k people (XLSX)',
        workers.exporting,
        true,
        `${EXPORT_ROUNDS} registrations.export of the ${ROWS.toLocaleString('en')} imported people, served by the export worker; the same calls meanwhile`,
      ),
      row(
        'host: other calls during a programme PDF',
        workers.printing,
        true,
        `${EXPORT_ROUNDS} agenda.exportProgramme (PDF) of the sample specialists group meeting`,
      ),
      row(
        'host: other calls during a backup',
        workers.backingUp,
        true,
        `${EXPORT_ROUNDS} backup.create ("Back up now": SQLite's online backup of the whole database, then its verification); the same calls meanwhile`,
      ),
      row(
        'host: other calls while 20k idle connections open',
        workers.flooded,
        true,
        `${FLOOD.toLocaleString('en')} connections opened by another client that never send a byte (the host keeps at most its cap, closing idle strangers first)`,
      ),
      row(
        'before (backend on the host thread): during import',
        thread.importing,
        false,
        `the same calls with the backend on the server's thread, as before the worker threads (${ROUNDS.thread} import)`,
      ),
      row('before (backend on the host thread): during undo', thread.undoing, false),
    ];
  });
}
