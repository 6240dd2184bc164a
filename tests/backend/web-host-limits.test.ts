import fs from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebServer, type WebHostOptions } from '../../electron/web/server';
import { SECURITY_HEADERS } from '../../electron/web/security-headers';
import { testBackend, tempDir } from './helpers';
import { meetingInput, meetingRowCount } from './meeting-fixtures';

const TOKEN = 'test-token-0123456789abcdef';
const servers: http.Server[] = [];
const sockets: net.Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function startHost(options: Partial<WebHostOptions> = {}) {
  const backend = testBackend();
  const rendererDir = path.join(tempDir(), 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Plenary</title>');
  const server = createWebServer({ backend, rendererDir, token: TOKEN, ...options });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { backend, server, port, host: `127.0.0.1:${port}` };
}

/** Bytes sent exactly as written on a fresh connection; resolves with all the host sends back. */
function rawExchange(port: number, bytes: string, localAddress = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress });
    sockets.push(socket);
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    socket.on('close', () => resolve(text));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? resolve(text) : reject(error),
    );
    socket.on('connect', () => socket.write(bytes));
  });
}

const statusOf = (reply: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0);

/** The header block of a raw reply as lower-case name → value. */
function headersOf(reply: string): Map<string, string> {
  const head = reply.split('\r\n\r\n')[0] ?? '';
  return new Map(
    head
      .split('\r\n')
      .slice(1)
      .map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).toLowerCase(), line.slice(at + 1).trim()] as const;
      }),
  );
}

function expectSecurityHeaders(reply: string, what: string) {
  const headers = headersOf(reply);
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(headers.get(name.toLowerCase()), `${what}: ${name}`).toBe(value);
}

const post = (host: string, channel: string, body: unknown, extra = '') => {
  const text = JSON.stringify(body);
  return (
    `POST /api/${channel} HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\n` +
    `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n${extra}` +
    `Connection: close\r\n\r\n${text}`
  );
};

/** One API call of a legitimate client, on a connection of its own. */
async function legitimateCall(port: number, host: string) {
  const reply = await rawExchange(port, post(host, 'meetings.list', {}));
  return { status: statusOf(reply), body: reply.split('\r\n\r\n')[1] ?? '' };
}

/** Opens `count` connections that send nothing, and waits until each is open (or refused). */
async function idleConnections(port: number, count: number, localAddress = '127.0.0.1') {
  const opened: net.Socket[] = [];
  for (let i = 0; i < count; i += 200) {
    const batch = Array.from({ length: Math.min(200, count - i) }, () => {
      const socket = net.connect({ port, host: '127.0.0.1', localAddress });
      socket.on('error', () => {});
      // Flowing, so that the host closing it is seen here.
      socket.resume();
      sockets.push(socket);
      opened.push(socket);
      return new Promise<void>((resolve) => {
        socket.once('connect', () => resolve());
        socket.once('close', () => resolve());
      });
    });
    await Promise.all(batch);
  }
  // Let the host see the last connections arrive before counting what it kept.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return opened;
}

const stillOpen = (list: net.Socket[]) => list.filter((s) => !s.destroyed && !s.readableEnded);

/**
 * Waits until at most `cap` of `list` are still open here. The host accepts queued connections in
 * batches and closes those that make room a moment later, so counting at once would count both.
 */
async function settled(list: net.Socket[], cap: number) {
  for (let i = 0; i < 100 && stillOpen(list).length > cap; i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The connections the host holds now. */
const hostConnections = (server: http.Server) =>
  new Promise<number>((resolve) => server.getConnections((_e, n) => resolve(n)));

describe('the browser host’s security headers', () => {
  it('are on every reply, refusals and Node’s own answers included', async () => {
    const { port, host } = await startHost({ maxBodyBytes: 1024 });
    const cases: [string, string, number][] = [
      ['the page', `GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, 200],
      ['a missing file', `GET /nope HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, 404],
      [
        'a POST of a page',
        `POST / HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
        405,
      ],
      ['a foreign Host', `GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`, 421],
      ['no Host at all', `GET / HTTP/1.1\r\nConnection: close\r\n\r\n`, 421],
      [
        'no token',
        `POST /api/meetings.list HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
        401,
      ],
      [
        'a foreign Origin',
        post(host, 'meetings.list', {}, 'Origin: https://evil.example\r\n'),
        403,
      ],
      [
        'a body over the limit',
        post(host, 'meetings.create', { description: 'x'.repeat(2000) }),
        413,
      ],
      [
        'a body that is not JSON',
        `POST /api/meetings.list HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{"a`,
        400,
      ],
      ['a malformed request line', 'HELLO\r\n\r\n', 400],
      [
        'headers too large',
        `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`,
        431,
      ],
      [
        'an expectation Node does not meet',
        `GET / HTTP/1.1\r\nHost: ${host}\r\nExpect: magic\r\n\r\n`,
        417,
      ],
      [
        'an upgrade to a WebSocket',
        `GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`,
        400,
      ],
      ['a CONNECT', `CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n`, 405],
    ];
    for (const [what, request, status] of cases) {
      const reply = await rawExchange(port, request);
      expect(statusOf(reply), what).toBe(status);
      expectSecurityHeaders(reply, what);
    }
  });

  it('are on the 408 of a request whose headers never end', async () => {
    const { port, host } = await startHost({
      timeouts: { headersMs: 300, requestMs: 600, checkEveryMs: 100 },
    });
    const reply = await rawExchange(port, `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Slow: `);
    expect(statusOf(reply)).toBe(408);
    expectSecurityHeaders(reply, '408');
  });
});

describe('the browser host’s Origin check', () => {
  it('refuses a call from another origin, even with the token, and writes nothing', async () => {
    const { port, host, backend } = await startHost();
    for (const origin of [
      'https://evil.example',
      'null',
      `http://localhost:1`,
      `https://${host}`,
    ]) {
      const reply = await rawExchange(
        port,
        post(host, 'meetings.create', meetingInput(), `Origin: ${origin}\r\n`),
      );
      expect(statusOf(reply), origin).toBe(403);
      expect(reply).toContain('"code":"unauthorized"');
    }
    expect(meetingRowCount(backend)).toBe(0);
  });

  it('runs a call from its own page, or from a tool that sends no Origin', async () => {
    const { port, host, backend } = await startHost();
    const own = await rawExchange(
      port,
      post(host, 'meetings.create', meetingInput(), `Origin: http://${host}\r\n`),
    );
    expect(statusOf(own)).toBe(200);
    expect(statusOf(await rawExchange(port, post(host, 'meetings.create', meetingInput())))).toBe(
      200,
    );
    expect(meetingRowCount(backend)).toBe(2);
  });

  it('refuses the event stream to another origin', async () => {
    const { port, host } = await startHost();
    const reply = await rawExchange(
      port,
      `GET /api/events?token=${TOKEN} HTTP/1.1\r\nHost: ${host}\r\nOrigin: https://evil.example\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(reply)).toBe(403);
  });
});

describe('the browser host’s connection caps', () => {
  it('keeps at most its cap open under 2,000 idle connections, and still answers the app', async () => {
    const { port, host, server } = await startHost({ limits: { perClient: 8, total: 16 } });
    const idle = await idleConnections(port, 2_000);
    await settled(idle, 8);
    expect(stillOpen(idle).length).toBeLessThanOrEqual(8);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await hostConnections(server)).toBeLessThanOrEqual(8);
    const call = await legitimateCall(port, host);
    expect(call.status).toBe(200);
    expect(call.body).toContain('"ok":true');
  });

  it('answers the app while a flood of idle connections goes on', async () => {
    const { port, host } = await startHost({ limits: { perClient: 8, total: 16 } });
    let flooding = true;
    const flood = (async () => {
      while (flooding) await idleConnections(port, 200);
    })();
    const replies = [];
    for (let i = 0; i < 20; i++) replies.push(await legitimateCall(port, host));
    flooding = false;
    await flood;
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(200));
  });

  it('caps each client address on its own: one client’s flood leaves another its room', async () => {
    const { port } = await startHost({ limits: { perClient: 8, total: 16 } });
    const flood = await idleConnections(port, 300, '127.0.0.2');
    await settled(flood, 8);
    const other = await idleConnections(port, 6, '127.0.0.3');
    expect(stillOpen(flood).length).toBeLessThanOrEqual(8);
    expect(stillOpen(other)).toHaveLength(6);
  });

  it('refuses a newcomer with 503 (and the headers) only when every connection is busy', async () => {
    const { port, host } = await startHost({ limits: { perClient: 4, total: 4 } });
    // Four event streams with the token: busy for as long as they are open.
    const streams = [];
    for (let i = 0; i < 4; i++) {
      const socket = net.connect({ port, host: '127.0.0.1' });
      sockets.push(socket);
      streams.push(
        new Promise<void>((resolve) => {
          socket.once('data', () => resolve());
          socket.write(`GET /api/events?token=${TOKEN} HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
        }),
      );
    }
    await Promise.all(streams);
    const reply = await rawExchange(port, `GET / HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
    expect(statusOf(reply)).toBe(503);
    expectSecurityHeaders(reply, '503');
  });

  it('closes a connection whose request never comes, and an idle kept-alive one', async () => {
    const { port, host } = await startHost({
      timeouts: { headersMs: 300, requestMs: 600, keepAliveMs: 300, checkEveryMs: 100 },
    });
    const [silent] = await idleConnections(port, 1);
    const slowBody = net.connect({ port, host: '127.0.0.1' });
    sockets.push(slowBody);
    slowBody.on('error', () => {});
    slowBody.resume();
    slowBody.write(
      `POST /api/meetings.list HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 100\r\n\r\n{`,
    );
    const kept = net.connect({ port, host: '127.0.0.1' });
    sockets.push(kept);
    kept.resume();
    kept.write(`GET / HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
    const closed = (s: net.Socket) => new Promise((resolve) => s.once('close', resolve));
    await Promise.all([closed(silent!), closed(slowBody), closed(kept)]);
  });
});
