// The real backend worker plus two channels only tests have: one that crashes the thread the way
// an uncaught exception would, and one that asks the host for a save dialog.
import { parentPort, workerData } from 'node:worker_threads';
import {
  createBackend,
  type Backend,
  type BackendOptions,
} from '../../../electron/backend/backend';
import { serveBackend } from '../../../electron/backend/worker/serve-backend';
import type { WorkerStart } from '../../../electron/backend/worker/protocol';
import { ok } from '../../../shared/api';

function withTestChannels(options: BackendOptions): Backend {
  const backend = createBackend(options);
  return {
    ...backend,
    db: backend.db,
    async dispatch(channel, input) {
      if (channel === 'test.crash') {
        setImmediate(() => {
          throw new Error('Simulated crash in the backend worker');
        });
        return new Promise(() => {});
      }
      if (channel === 'test.saveFile') {
        const chosen = await options.dialogs!.saveFile(input as never);
        return ok({ chosen, available: options.dialogs!.available });
      }
      return backend.dispatch(channel, input);
    },
  };
}

serveBackend(parentPort!, workerData as WorkerStart, withTestChannels);
