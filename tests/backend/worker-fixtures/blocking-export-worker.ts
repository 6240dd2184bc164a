// The real backend worker, except that a `registrations.export` carrying a SharedArrayBuffer holds
// its thread (Atomics.wait) until the test releases it: a stand-in for an export that takes long.
import { parentPort, workerData } from 'node:worker_threads';
import {
  createBackend,
  type Backend,
  type BackendOptions,
} from '../../../electron/backend/backend';
import { serveBackend } from '../../../electron/backend/worker/serve-backend';
import type { WorkerStart } from '../../../electron/backend/worker/protocol';
import { ok } from '../../../shared/api';

function holdingExports(options: BackendOptions): Backend {
  const backend = createBackend(options);
  return {
    ...backend,
    db: backend.db,
    async dispatch(channel, input) {
      const hold = (input as { hold?: unknown } | null)?.hold;
      if (channel === 'registrations.export' && hold instanceof SharedArrayBuffer) {
        const cells = new Int32Array(hold);
        // Says it holds (cell 1), then waits until the test releases it (cell 0).
        Atomics.store(cells, 1, 1);
        Atomics.wait(cells, 0, 0);
        return ok({ fileName: 'held.csv', mimeType: 'text/csv', base64: '' });
      }
      return backend.dispatch(channel, input);
    },
  };
}

serveBackend(parentPort!, workerData as WorkerStart, holdingExports);
