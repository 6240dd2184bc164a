import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  startWorkerBackend,
  type WorkerBackend,
} from '../../electron/backend/worker/worker-backend';
import type { Envelope } from '../../shared/api';
import { tempDir } from './helpers';

const HOLDING_WORKER = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'worker-fixtures',
  'blocking-export-worker.ts',
);

const started: WorkerBackend[] = [];
afterAll(async () => {
  for (const backend of started.splice(0)) await backend.close();
});

/** The reply, or 'no answer' when none came while the export held its thread. */
function within(reply: Promise<Envelope<unknown>>, ms: number) {
  return Promise.race([
    reply,
    new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), ms).unref()),
  ]);
}

describe('long reads in the worker backend', () => {
  it('an export runs on a worker of its own: the screens’ reads answer while it holds its thread', async () => {
    const backend = await startWorkerBackend({
      dataDir: tempDir(),
      workerFile: HOLDING_WORKER,
      log: () => {},
    });
    started.push(backend);
    const hold = new SharedArrayBuffer(8);
    const cells = new Int32Array(hold);
    // The export worker starts by itself soon after the reader; until then exports go to the reader.
    await expect.poll(() => backend.exporterRunning, { timeout: 60_000 }).toBe(true);
    const exporting = backend.dispatch('registrations.export', { hold });
    // Once the export holds the export worker's thread, reads must still be answered.
    while (Atomics.load(cells, 1) === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    const reads = [];
    for (const [channel, input] of [
      ['meetings.list', {}],
      ['settings.get', {}],
      ['people.directory', { query: 'ma' }],
    ] as const)
      reads.push(await within(backend.dispatch(channel, input), 15_000));
    Atomics.store(cells, 0, 1);
    Atomics.notify(cells, 0);
    expect(reads).toEqual([
      expect.objectContaining({ ok: true }),
      expect.objectContaining({ ok: true }),
      expect.objectContaining({ ok: true }),
    ]);
    expect(await exporting).toMatchObject({ ok: true, value: { fileName: 'held.csv' } });
  }, 120_000);
});
