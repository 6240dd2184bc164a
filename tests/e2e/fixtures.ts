import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Database } from '../../electron/backend/db/sqlite';
import { test as base, expect, type Page } from '@playwright/test';
import type { BackendPort } from '../../electron/backend/backend';
import { startWorkerBackend } from '../../electron/backend/worker/worker-backend';
import { createWebServer } from '../../electron/web/server';
import { newToken } from '../../electron/web/web-security';

export interface HostHandle {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** The backend the host serves, plus a read-only look at its file for assertions. */
  backend: BackendPort & { db: Database.Database };
  /** Moves the backend's clock on (only when the test set `now`). */
  advanceClock(ms: number): void;
}

const rendererDir = path.resolve(process.env.PLENARY_RENDERER_DIR ?? 'out/renderer');
/** The backend worker from the same build as the renderer: every test also runs the bundle. */
const workerFile = path.join(rendererDir, '..', 'main', 'backend-worker.js');

/** What a test may see in the console because it provokes it on purpose. */
export interface ConsoleOptions {
  consoleAllowed: RegExp[];
}

/**
 * Puts files in the data folder before the host starts (an encrypted or damaged database). An
 * object, as Playwright would take a bare function for a fixture of its own.
 */
export type PrepareDataDir = { run(dataDir: string): Promise<void> | void } | null;

/**
 * The operator named before the page opens, so the question the app asks at start when no one
 * is named does not cover every test's first screen; null leaves it unasked (tests of it).
 */
export interface OperatorOptions {
  operator: string | null;
}

type Fixtures = { host: HostHandle; app: Page; now: string | null } & ConsoleOptions &
  OperatorOptions & { prepareDataDir: PrepareDataDir };

/**
 * Each test gets the real browser host (the same server code `npm run web` runs, with the backend
 * in its worker threads) on a free loopback port, with its own fresh data directory.
 */
export const test = base.extend<Fixtures>({
  consoleAllowed: [[], { option: true }],
  operator: ['Camille Laurent', { option: true }],
  prepareDataDir: [null, { option: true }],
  // The backend's clock: the real one, or from `now` on (test.use({ now: '…' })) so that "today"
  // at the desk never depends on the day the tests run.
  now: [null, { option: true }],
  // Every screen a test visits must leave the console clean: no error, no failed or refused
  // request (a 404 on a missing icon, a 401), no Content-Security-Policy violation, no exception.
  // It depends on the host so that it ends first: the check runs while the server still answers.
  page: async ({ page, consoleAllowed, host: _host }, use) => {
    const problems: string[] = [];
    const note = (problem: string) => {
      if (!consoleAllowed.some((allowed) => allowed.test(problem))) problems.push(problem);
    };
    page.on('console', (message) => {
      if (message.type() === 'error')
        note(`console error: ${message.text()} (${message.location().url || 'no source'})`);
    });
    page.on('pageerror', (error) => note(`uncaught: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400)
        note(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => {
      // Leaving a page aborts its open requests (the event stream): that is not a failure.
      const reason = request.failure()?.errorText ?? 'failed';
      if (reason !== 'net::ERR_ABORTED') note(`request failed (${reason}): ${request.url()}`);
    });
    await use(page);
    expect(problems, 'the browser console and network log stay clean').toEqual([]);
  },
  host: async ({ now, operator, prepareDataDir }, use) => {
    if (!fs.existsSync(workerFile)) throw new Error(`${workerFile} is missing: build first.`);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-e2e-'));
    await prepareDataDir?.run(dataDir);
    const backend = await startWorkerBackend({
      dataDir,
      appVersion: 'test',
      checkOutput: true,
      workerFile,
      ...(now ? { now: Date.parse(now) } : {}),
    });
    if (operator !== null) await backend.dispatch('audit.setOperator', { operator });
    // Opened on first use only: a test that replaces the file (a restore) must not hold it open.
    const opened: { db: Database.Database | null } = { db: null };
    const token = newToken();
    const server = createWebServer({
      backend,
      rendererDir,
      token,
      faviconFile: path.resolve('resources', 'icon.ico'),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await use({
      url: `${origin}/?token=${token}`,
      origin,
      token,
      dataDir,
      backend: {
        dispatch: backend.dispatch,
        onEvent: backend.onEvent,
        get db() {
          return (opened.db ??= new Database(backend.databaseFile, { readonly: true }));
        },
      },
      advanceClock: (ms) => backend.advanceClock(ms),
    });
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    opened.db?.close();
    await backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect };
