/**
 * The built backend worker (out/main/backend-worker.js, what Electron's main process starts) run by
 * plain Node, with no TypeScript loader and the SQLite driver's Node build: proof that the bundle is
 * complete (its chunks, its externals, the country names' JSON) without an Electron binary.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';

const rendererDir = path.resolve(process.env.PLENARY_RENDERER_DIR ?? 'out/renderer');
const workerFile = path.join(rendererDir, '..', 'main', 'backend-worker.js');

/** Speaks the worker protocol by hand, as worker-connection.ts does, and prints what came back. */
const SCRIPT = `
import { Worker } from 'node:worker_threads';
const [file, dataDir] = process.argv.slice(1);
const worker = new Worker(file, {
  execArgv: [],
  workerData: { role: 'primary', dataDir, dialogsAvailable: false },
});
const seen = [];
worker.on('message', (m) => {
  seen.push(m.kind === 'reply' ? { kind: 'reply', id: m.id, envelope: m.envelope } : m);
  if (m.kind === 'ready')
    worker.postMessage({ kind: 'call', id: 1, channel: 'demo.load', input: {} });
  if (m.kind === 'reply' && m.id === 1)
    worker.postMessage({ kind: 'call', id: 2, channel: 'countries.list', input: {} });
  if (m.kind === 'reply' && m.id === 2) worker.postMessage({ kind: 'close' });
});
worker.on('error', (e) => { console.error(e); process.exitCode = 1; });
worker.on('exit', () => console.log(JSON.stringify(seen)));
worker.postMessage({ kind: 'open' });
`;

test('the built backend worker runs under plain Node and answers through its protocol', () => {
  expect(fs.existsSync(workerFile), `${workerFile} is built by electron-vite`).toBe(true);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-bundle-'));
  try {
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const run = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', SCRIPT, workerFile, dataDir],
      { env, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).toBe('');
    const seen = JSON.parse(run.stdout) as {
      kind: string;
      id?: number;
      envelope?: { ok: boolean; value: unknown };
      event?: string;
    }[];
    expect(seen[0]).toMatchObject({
      kind: 'ready',
      databaseFile: path.join(dataDir, 'plenary.sqlite'),
    });
    const demo = seen.find((m) => m.kind === 'reply' && m.id === 1)!;
    expect(demo.envelope).toMatchObject({ ok: true, value: { alreadyLoaded: false } });
    expect(seen).toContainEqual({
      kind: 'event',
      event: 'data.changed',
      payload: { feature: 'meetings' },
    });
    const countries = seen.find((m) => m.kind === 'reply' && m.id === 2)!.envelope!;
    const names = (countries.value as { code: string; nameFr: string }[]).filter(
      (c) => c.code === 'CI',
    );
    // Country names come from the JSON the bundle carries.
    expect(names).toEqual([expect.objectContaining({ nameFr: expect.stringMatching(/Ivoire/) })]);
    expect(seen.at(-1)).toEqual({ kind: 'closed' });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
