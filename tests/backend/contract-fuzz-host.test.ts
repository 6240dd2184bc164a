import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startWorkerBackend,
  type WorkerBackend,
} from '../../electron/backend/worker/worker-backend';
import { createWebServer } from '../../electron/web/server';
import { CHANNEL_NAMES } from '../../shared/api';
import { EnvelopeShape } from './fuzz/harness';
import { hostileValue, nested, seeded } from './fuzz/hostile';
import { tempDir } from './helpers';

/**
 * The same contract fuzzing, through what stands between the renderer and the dispatcher: the
 * browser host's HTTP and JSON, and the structured clone into the backend's worker threads (which
 * also carries what Electron's IPC can: Maps, Dates, BigInts, cycles). Fewer inputs than the
 * in-process fuzzer, as each crosses two threads.
 */
const TOKEN = 'fuzz-token-0123456789abcdef';
const PER_CHANNEL = 12;

let backend: WorkerBackend;
let server: http.Server;
let port = 0;
const logged: string[] = [];

beforeAll(async () => {
  const dataDir = tempDir();
  backend = await startWorkerBackend({
    dataDir,
    checkOutput: true,
    log: (message, error) => logged.push(`${message}: ${String(error)}`),
  });
  const rendererDir = path.join(dataDir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  server = createWebServer({ backend, rendererDir, token: TOKEN });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await backend.close();
});

function post(channel: string, body: string): Promise<{ status: number; reply: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${encodeURIComponent(channel)}`,
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            reply: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const json = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return null;
  }
};

describe('fuzzing every channel through the browser host and the worker threads', () => {
  it(`answers ${PER_CHANNEL} hostile bodies per channel over HTTP with envelopes, never internal`, async () => {
    const r = seeded(77);
    const failures: string[] = [];
    for (const channel of CHANNEL_NAMES)
      for (let i = 0; i < PER_CHANNEL; i++) {
        const body = json(hostileValue(r));
        if (body === null) continue;
        logged.length = 0;
        const { status, reply } = await post(channel, body);
        const shape = EnvelopeShape.safeParse(reply);
        if (
          !shape.success ||
          status >= 500 ||
          (shape.data.ok === false && shape.data.error.code === 'internal')
        )
          failures.push(
            `${channel} ${status} ${JSON.stringify(reply)} ${logged.join('; ')} for ${body.slice(0, 120)}`,
          );
      }
    expect(failures.slice(0, 5)).toEqual([]);
  }, 300_000);

  it('refuses a JSON body nested 100,000 deep in a sentence, and keeps serving', async () => {
    const body = `{"meetingId":1,"query":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    for (const channel of ['registrations.search', 'meetings.create', 'settings.get']) {
      const { status, reply } = await post(channel, body);
      expect(status, channel).toBe(200);
      expect(reply, channel).toMatchObject({
        ok: false,
        error: { code: 'validation', issues: [{ message: 'errors.tooDeep' }] },
      });
    }
    expect((await post('meetings.list', '{}')).reply).toMatchObject({ ok: true });
  });

  it('answers values only structured clone carries (as over Electron’s IPC) with envelopes', async () => {
    const cyclic: Record<string, unknown> = { title: 'Loop' };
    cyclic.self = cyclic;
    const values: unknown[] = [
      new Map([['title', 'x']]),
      new Set([1]),
      new Date(0),
      BigInt(7),
      new Uint8Array([1, 2]),
      cyclic,
      { id: BigInt(1) },
      { meetingId: 1, query: nested(50_000, false) },
      [undefined, Number.NaN, -0],
    ];
    for (const channel of ['meetings.create', 'registrations.search', 'people.update', 'demo.load'])
      for (const value of values) {
        const reply = await backend.dispatch(channel, value);
        expect(EnvelopeShape.safeParse(reply).success, channel).toBe(true);
        expect(reply, `${channel} ${String(value)}`).not.toMatchObject({
          error: { code: 'internal' },
        });
      }
  }, 60_000);
});
