// The backend's worker thread: Electron's main process and the browser host start this file (built
// as out/main/backend-worker.js, or from source through tsx) with startWorkerBackend().
import { parentPort, workerData } from 'node:worker_threads';
import { createBackend } from '../backend';
import { serveBackend } from './serve-backend';
import type { WorkerStart } from './protocol';

if (!parentPort) throw new Error('backend-worker runs as a worker thread: see worker-backend.ts.');
serveBackend(parentPort, workerData as WorkerStart, createBackend);
