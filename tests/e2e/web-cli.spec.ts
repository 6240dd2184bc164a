import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../electron/backend/db/sqlite';
import { test, expect } from '@playwright/test';

/** `npm run web` without its build step: the real command a user runs, on a free port. */
function startCli(dataDir: string): ChildProcess {
  return spawn('npx', ['tsx', 'electron/web/main.ts', '--port', '0', '--data-dir', dataDir], {
    cwd: path.resolve('.'),
    env: {
      ...process.env,
      PLENARY_RENDERER_DIR: path.resolve(process.env.PLENARY_RENDERER_DIR ?? 'out/renderer'),
    },
    // Its own process group, so stopping it also stops the node process npx starts.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function stop(child: ChildProcess): void {
  if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
}

/** Resolves with the address the CLI prints for the user to open. */
function printedUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (match) resolve(match[0]);
    });
    child.on('exit', (code) =>
      reject(new Error(`The CLI exited (${code}) before printing:\n${out}`)),
    );
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

let dataDir: string;
test.beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-cli-'));
});
test.afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('the printed address opens the app; without its token the API and the page refuse', async ({
  page,
  browser,
  request,
}) => {
  const child = startCli(dataDir);
  try {
    const url = await printedUrl(child);
    const origin = new URL(url).origin;

    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'No meetings yet' })).toBeVisible();
    // The token leaves the address bar once read, so it does not end up in history or screenshots.
    await expect(page).not.toHaveURL(/token=/);

    const denied = await request.post(`${origin}/api/meetings.list`, { data: {} });
    expect(denied.status()).toBe(401);
    expect(await denied.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await request.post(`${origin}/api/meetings.list`, {
      data: {},
      headers: { Authorization: 'Bearer not-this-runs-token' },
    });
    expect(wrong.status()).toBe(401);

    const stranger = await browser.newPage();
    await stranger.goto(`${origin}/`);
    await expect(stranger.getByRole('heading', { name: 'Plenary cannot open' })).toBeVisible();
    await expect(stranger.getByRole('alert')).toHaveText(
      /access key is missing or out of date.*npm run web/,
    );
    await expect(stranger.getByRole('navigation')).toHaveCount(0);
    await stranger.close();
  } finally {
    stop(child);
  }
});

test('a database from a newer Plenary stops the CLI with a clear message, file untouched', async () => {
  const file = path.join(dataDir, 'plenary.sqlite');
  const db = new Database(file);
  db.exec("CREATE TABLE meeting (title TEXT); INSERT INTO meeting VALUES ('From the future')");
  db.pragma('user_version = 9999');
  db.close();
  const before = fs.readFileSync(file);

  const child = startCli(dataDir);
  const { code, stderr } = await finished(child);
  expect(code).not.toBe(0);
  expect(stderr).toMatch(/newer version of Plenary/);
  expect(stderr).toMatch(/not changed/);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(fs.readdirSync(dataDir)).toEqual(['plenary.sqlite']);
});
