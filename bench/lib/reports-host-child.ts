// The browser host over an already seeded data dir, in a process of its own as in real use: the
// server's work never shares a thread with the bench's browser driving. Started by reports.bench.ts.
import { createBackend } from '../../electron/backend/backend';
import { createWebServer } from '../../electron/web/server';
import { newToken } from '../../electron/web/web-security';

const [dataDir, rendererDir] = process.argv.slice(2);
if (!dataDir || !rendererDir || !process.send)
  throw new Error('Run by reports.bench.ts with an IPC channel.');

const backend = createBackend({ dataDir });
const token = newToken();
const server = createWebServer({ backend, rendererDir, token });
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.address() as { port: number }).port, token });
});
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close();
  backend.close();
  process.exit(0);
});
