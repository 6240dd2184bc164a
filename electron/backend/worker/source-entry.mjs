// Starts a worker from its TypeScript source (npm run web, tests): tsx compiles it on the fly.
// Node 20 does not pass the parent's module hooks on to worker threads, so they are set up here.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.sourceEntry, import.meta.url);
