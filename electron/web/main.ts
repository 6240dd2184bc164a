import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { argValue, defaultUserDataDir, resolveDataDir } from '../backend/data-dir';
import { DomainError } from '../backend/errors';
import { startWorkerBackend, type WorkerBackend } from '../backend/worker/worker-backend';
import { createWebServer } from './server';
import { newToken } from './web-security';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// PLENARY_RENDERER_DIR lets tests serve a copy, so a rebuild of out/ meanwhile does not disturb them.
const rendererDir = path.resolve(
  process.env.PLENARY_RENDERER_DIR || path.join(root, 'out', 'renderer'),
);
const version = (
  JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
).version;

async function start(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv, process.env, defaultUserDataDir());
  const port = Number(argValue(argv, 'port') ?? process.env.PLENARY_PORT ?? 5317);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535 (got "${argValue(argv, 'port')}").`);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    console.error(
      'The renderer is not built. Run "npm run web" (it builds first) or "npm run build".',
    );
    process.exit(2);
  }
  let backend: WorkerBackend;
  try {
    // In worker threads, as in the desktop app: a long import never stalls the server's thread.
    backend = await startWorkerBackend({
      dataDir,
      appVersion: version,
      dailyBackups: true,
      warmUpPdf: true,
    });
  } catch (error) {
    console.error(error instanceof DomainError ? error.message : error);
    process.exit(1);
  }
  const token = newToken();
  const server = createWebServer({
    backend,
    rendererDir,
    token,
    faviconFile: path.join(root, 'resources', 'icon.ico'),
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Start with --port <another number>, or --port 0 for any free port.`
        : error.message,
    );
    void backend.close().finally(() => process.exit(1));
  });
  server.listen(port, '127.0.0.1', () => {
    const actual = (server.address() as { port: number }).port;
    console.log(`Plenary is running with data in ${dataDir}`);
    console.log(`Open this address in your browser (it carries this run's access key):`);
    console.log(`  http://127.0.0.1:${actual}/?token=${token}`);
    console.log('Press Ctrl+C to stop.');
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void backend.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void start();
