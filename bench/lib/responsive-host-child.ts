// The browser host in a process of its own, for responsiveness.bench.ts: its backend either in
// worker threads, exactly as `npm run web` starts it, or on the server's own thread as before
// (the comparison). Seeded with the sample meetings plus an empty meeting to import into.
import type { BackendPort } from '../../electron/backend/backend';
import { createBackend } from '../../electron/backend/backend';
import { startWorkerBackend } from '../../electron/backend/worker/worker-backend';
import { createWebServer } from '../../electron/web/server';
import { newToken } from '../../electron/web/web-security';
import { SAMPLE_SPECIALISTS_GROUP } from '../../electron/backend/demo/sample-meetings';

export type ResponsiveHostMessage = {
  type: 'ready';
  port: number;
  token: string;
  /** The specialists group meeting of the sample, which the other calls read. */
  sampleMeetingId: number;
  /** The empty meeting the import goes into. */
  importMeetingId: number;
};

const [dataDir, mode] = process.argv.slice(2);
if (!dataDir || !process.send || (mode !== 'worker' && mode !== 'thread'))
  throw new Error('Run by responsiveness.bench.ts with an IPC channel: <dataDir> worker|thread');

const inThread = mode === 'thread' ? createBackend({ dataDir }) : null;
const workers = mode === 'worker' ? await startWorkerBackend({ dataDir }) : null;
const backend: BackendPort = (inThread ?? workers)!;

async function value<T>(channel: string, input: unknown): Promise<T> {
  const reply = await backend.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
  return reply.value as T;
}

await value('demo.load', {});
const meetings = await value<{ id: number; city: string }[]>('meetings.list', {});
const lyon = meetings.find((m) => m.city === 'Lyon')!;
const target = await value<{ id: number }>('meetings.create', {
  ...SAMPLE_SPECIALISTS_GROUP,
  title: 'Import target',
});
const token = newToken();
const server = createWebServer({ backend, rendererDir: dataDir, token });
server.listen(0, '127.0.0.1', () => {
  process.send?.({
    type: 'ready',
    port: (server.address() as { port: number }).port,
    token,
    sampleMeetingId: lyon.id,
    importMeetingId: target.id,
  } satisfies ResponsiveHostMessage);
});
// The parent going away (or crashing) must not leave a server holding the temp dir.
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close();
  inThread?.close();
  void (workers?.close() ?? Promise.resolve()).finally(() => process.exit(0));
});
