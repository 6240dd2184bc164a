import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { test as base, expect, type Page } from '@playwright/test';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { createWebServer } from '../../electron/web/server';
import { newToken } from '../../electron/web/web-security';

export interface HostHandle {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  backend: Backend;
  /** Moves the backend's clock on (only when the test set `now`). */
  advanceClock(ms: number): void;
}

/**
 * Each test gets the real browser host (the same server code `npm run web` runs) on a free
 * loopback port, with its own fresh data directory.
 */
export const test = base.extend<{ host: HostHandle; app: Page; now: string | null }>({
  // The backend's clock: the real one, or from `now` on (test.use({ now: '…' })) so that "today"
  // at the desk never depends on the day the tests run.
  now: [null, { option: true }],
  host: async ({ now }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-e2e-'));
    let offset = now ? Date.parse(now) - Date.now() : 0;
    const backend = createBackend({
      dataDir,
      appVersion: 'test',
      checkOutput: true,
      ...(now ? { clock: () => Date.now() + offset } : {}),
    });
    const token = newToken();
    const server = createWebServer({
      backend,
      rendererDir: path.resolve(process.env.PLENARY_RENDERER_DIR ?? 'out/renderer'),
      token,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const advanceClock = (ms: number) => {
      offset += ms;
    };
    await use({ url: `${origin}/?token=${token}`, origin, token, dataDir, backend, advanceClock });
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect };
