import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebServer } from '../../electron/web/server';
import { testBackend, tempDir } from './helpers';
import { meetingInput, meetingRowCount } from './meeting-fixtures';

const TOKEN = 'test-token-0123456789abcdef';
const servers: http.Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** The real host on a free loopback port, serving a tiny renderer folder and a real backend. */
async function startHost(options: { maxBodyBytes?: number; faviconFile?: string } = {}) {
  const backend = testBackend();
  const rendererDir = path.join(tempDir(), 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Plenary</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const server = createWebServer({ backend, rendererDir, token: TOKEN, ...options });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { backend, port, origin: `http://127.0.0.1:${port}` };
}

interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request sent exactly as written (fetch would normalise '..' and set its own Host). */
function raw(
  port: number,
  options: {
    method?: string;
    path: string;
    headers?: http.OutgoingHttpHeaders;
    body?: string;
    setHost?: boolean;
  },
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        setHost: options.setHost ?? true,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const post = (origin: string, channel: string, body: unknown, token: string | null = TOKEN) =>
  fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the browser host', () => {
  it('runs a channel for a caller holding the token', async () => {
    const { origin, backend } = await startHost();
    const res = await post(origin, 'meetings.create', meetingInput());
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { city: 'Cotonou' } });
    expect(meetingRowCount(backend)).toBe(1);
  });

  it.each([
    ['no token', null],
    ['a wrong token', 'not-the-token'],
    ['a token one character short', TOKEN.slice(0, -1)],
  ])('answers 401 to a call with %s and touches nothing', async (_name, token) => {
    const { origin, backend } = await startHost();
    const res = await post(origin, 'meetings.create', meetingInput(), token);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(meetingRowCount(backend)).toBe(0);
  });

  it('does not take the token from the address for API calls', async () => {
    const { origin, backend } = await startHost();
    const res = await fetch(`${origin}/api/meetings.create?token=${TOKEN}`, {
      method: 'POST',
      body: JSON.stringify(meetingInput()),
    });
    expect(res.status).toBe(401);
    expect(meetingRowCount(backend)).toBe(0);
  });

  it.each(['evil.example:80', 'attacker.test', '192.168.1.10', '127.0.0.1', '127.0.0.1:1'])(
    'answers 421 to Host %s, even with the token',
    async (host) => {
      const { port, backend } = await startHost();
      const headers: http.OutgoingHttpHeaders = { Authorization: `Bearer ${TOKEN}` };
      headers.Host = host;
      const reply = await raw(port, {
        setHost: false,
        method: 'POST',
        path: '/api/meetings.create',
        headers,
        body: JSON.stringify(meetingInput()),
      });
      expect(reply.status).toBe(421);
      expect(meetingRowCount(backend)).toBe(0);
    },
  );

  it('refuses a request without a Host header and touches nothing', async () => {
    const { port, backend } = await startHost();
    const reply = await raw(port, {
      method: 'POST',
      path: '/api/meetings.create',
      headers: { Authorization: `Bearer ${TOKEN}` },
      setHost: false,
      body: JSON.stringify(meetingInput()),
    });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(meetingRowCount(backend)).toBe(0);
  });

  it('accepts localhost as well as 127.0.0.1 on its own port', async () => {
    const { port } = await startHost();
    const reply = await raw(port, { path: '/', headers: { Host: `localhost:${port}` } });
    expect(reply.status).toBe(200);
  });

  it('serves the renderer with a Content-Security-Policy', async () => {
    const { origin } = await startHost();
    const page = await fetch(`${origin}/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src/);
    const script = await fetch(`${origin}/assets/app.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it('serves the app icon as /favicon.ico, which browsers ask for without the token', async () => {
    const faviconFile = path.resolve('resources', 'icon.ico');
    const { origin } = await startHost({ faviconFile });
    const icon = await fetch(`${origin}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/x-icon');
    expect(Buffer.from(await icon.arrayBuffer()).equals(fs.readFileSync(faviconFile))).toBe(true);
  });

  it.each([
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/%2E%2E%2Fpackage.json',
    '/assets/../../package.json',
    '/..%5cpackage.json',
    '/%00index.html',
    '/%E0%A4%A',
    '/assets',
  ])('answers 404 to GET %s', async (urlPath) => {
    const { port } = await startHost();
    const reply = await raw(port, { path: urlPath, headers: { Host: `127.0.0.1:${port}` } });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toMatch(/"name"|plenary/i);
  });

  it('answers 413 to a body over the limit and runs nothing', async () => {
    const { origin, backend } = await startHost({ maxBodyBytes: 1024 });
    const big = meetingInput({ description: 'x'.repeat(2000) });
    const res = await post(origin, 'meetings.create', big);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(meetingRowCount(backend)).toBe(0);
  });

  it('answers 413 to an oversized body sent without a length, in chunks', async () => {
    const { port, backend } = await startHost({ maxBodyBytes: 1024 });
    const reply = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/meetings.create',
          headers: { Authorization: `Bearer ${TOKEN}`, 'Transfer-Encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 4; i++) req.write('x'.repeat(512));
      req.end();
    });
    expect(reply).toBe(413);
    expect(meetingRowCount(backend)).toBe(0);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const { origin, backend } = await startHost();
    const res = await post(origin, 'meetings.create', '{"title": "Unclosed');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(meetingRowCount(backend)).toBe(0);
  });

  it('answers a GET on a channel with 405', async () => {
    const { origin } = await startHost();
    const res = await fetch(`${origin}/api/meetings.list`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(405);
  });

  it('refuses a channel the contract does not declare', async () => {
    const { origin } = await startHost();
    for (const channel of ['meetings.drop', '%E0%A4%A', 'constructor']) {
      const res = await post(origin, channel, {});
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('streams events only to a caller holding the token', async () => {
    const { origin } = await startHost();
    expect((await fetch(`${origin}/api/events`)).status).toBe(401);
    expect((await fetch(`${origin}/api/events?token=wrong`)).status).toBe(401);

    const controller = new AbortController();
    const res = await fetch(`${origin}/api/events?token=${TOKEN}`, { signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    await post(origin, 'meetings.create', meetingInput());
    let text = '';
    while (!text.includes('data:')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('"event":"data.changed","payload":{"feature":"meetings"}');
  });
});
