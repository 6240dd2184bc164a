// The browser host in a process of its own, as when a real browser calls it: the client's event loop
// and JSON parsing do not share a thread with the server's. Started by api-roundtrip.bench.ts.
import { createBackend } from '../../electron/backend/backend';
import { createWebServer } from '../../electron/web/server';
import { newToken } from '../../electron/web/web-security';
import { memorySnapshot } from './measure';
import { seedMeetings } from './seed';

export type HostMessage =
  { type: 'ready'; port: number; token: string } | { type: 'memory'; usage: NodeJS.MemoryUsage };

const [dataDir, count] = process.argv.slice(2);
if (!dataDir || !process.send)
  throw new Error('Run by api-roundtrip.bench.ts with an IPC channel.');
const send = (message: HostMessage) => process.send?.(message);

const backend = createBackend({ dataDir });
await seedMeetings(backend, Number(count));
const token = newToken();
// No static file is requested, so the data dir stands in for the renderer dir.
const server = createWebServer({ backend, rendererDir: dataDir, token });
server.listen(0, '127.0.0.1', () => {
  send({ type: 'ready', port: (server.address() as { port: number }).port, token });
});
process.on('message', (message: { type?: string }) => {
  if (message.type === 'memory') send({ type: 'memory', usage: memorySnapshot() });
});
// The parent going away (or crashing) must not leave a server holding the temp dir.
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close();
  backend.close();
  process.exit(0);
});
