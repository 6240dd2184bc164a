import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Socket } from 'node:net';
import type { BackendPort } from '../backend/backend';
import { fail } from '../../shared/api';
import {
  createConnectionGuard,
  DEFAULT_CONNECTION_LIMITS,
  type ConnectionGuard,
  type ConnectionLimits,
} from './connection-guard';
import { rawReply, SECURITY_HEADERS } from './security-headers';
import { bearerToken, isAllowedHost, isOwnOrigin, staticPath, tokenMatches } from './web-security';

/** Larger than any import we accept (files over 20 MB are refused with a message first). */
const MAX_BODY_BYTES = 40 * 1024 * 1024;

class BodyTooLarge extends Error {}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** How long a client may take over its request, and keep an idle connection open. */
export interface HostTimeouts {
  /** From the connection (or the previous request) to the request's last header. */
  headersMs: number;
  /** From the connection to the request's last byte of body: a 40 MB import takes ~1 s locally. */
  requestMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveMs: number;
  /** How often Node looks for connections past the first two limits. */
  checkEveryMs: number;
}

export const DEFAULT_TIMEOUTS: HostTimeouts = {
  headersMs: 10_000,
  requestMs: 60_000,
  keepAliveMs: 10_000,
  checkEveryMs: 2_000,
};

export interface WebHostOptions {
  backend: BackendPort;
  rendererDir: string;
  token: string;
  /** The app icon (resources/icon.ico), served as /favicon.ico: browsers ask for it on every page. */
  faviconFile?: string;
  /** The largest request body accepted; tests lower it. */
  maxBodyBytes?: number;
  /** Connection caps; tests lower them. */
  limits?: ConnectionLimits;
  timeouts?: Partial<HostTimeouts>;
}

interface Host extends WebHostOptions {
  guard: ConnectionGuard;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  // A refusal closes the connection: a caller without the token keeps no slot open.
  if (status === 401 || status === 403 || status === 421) res.setHeader('Connection', 'close');
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * Reads the body up to `max` bytes. Past the limit it stops keeping data but lets the request
 * finish, so the caller can still send its 413 (destroying the socket would leave the client with
 * a reset connection instead of an answer).
 */
function readBody(req: http.IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > max) {
      req.resume();
      return reject(new BodyTooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    req.on('end', () =>
      size > max ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

/** The channel named by the path; a malformed escape names no channel rather than failing. */
function channelOf(pathname: string): string {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return '';
  }
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, opts: Host) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  // A browser names the page behind every cross-origin call (and every POST): only our own page
  // may call. Tools without a browser send no Origin; they still need the token.
  if (!isOwnOrigin(req.headers.origin, req.headers.host))
    return sendJson(res, 403, fail('unauthorized', 'Calls are accepted only from Plenary’s page.'));
  if (url.pathname === '/api/events') {
    if (!tokenMatches(url.searchParams.get('token'), opts.token))
      return sendJson(res, 401, fail('unauthorized', 'The access token is missing or wrong.'));
    opts.guard.trust(req.socket);
    return streamEvents(req, res, opts.backend);
  }
  if (!tokenMatches(bearerToken(req.headers.authorization), opts.token))
    return sendJson(res, 401, fail('unauthorized', 'The access token is missing or wrong.'));
  opts.guard.trust(req.socket);
  if (req.method !== 'POST') return sendJson(res, 405, fail('validation', 'Use POST.'));
  let input: unknown;
  try {
    const body = await readBody(req, opts.maxBodyBytes ?? MAX_BODY_BYTES);
    input = body.length ? JSON.parse(body) : {};
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      res.setHeader('Connection', 'close');
      return sendJson(res, 413, fail('too_large', 'The request is too large.'));
    }
    return sendJson(res, 400, fail('validation', 'The request body is not valid JSON.'));
  }
  sendJson(res, 200, await opts.backend.dispatch(channelOf(url.pathname), input));
}

function streamEvents(req: http.IncomingMessage, res: http.ServerResponse, backend: BackendPort) {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const off = backend.onEvent((event, payload) => {
    res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  });
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    off();
  });
}

/**
 * The build names every file under /assets/ after a hash of its content, so the browser may keep
 * them for good: a page load then reads the app's code from its cache, compiled code included,
 * instead of fetching and compiling a megabyte again. index.html and all data stay `no-store`.
 */
export function cacheControlFor(url: string): string {
  const pathname = url.split(/[?#]/)[0] ?? '/';
  return /^\/assets\/[\w.-]+$/.test(pathname) ? 'private, max-age=31536000, immutable' : 'no-store';
}

function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, opts: Host) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405);
    return res.end();
  }
  const isFavicon = (req.url ?? '').split('?')[0] === '/favicon.ico' && opts.faviconFile;
  const file = isFavicon
    ? opts.faviconFile
    : staticPath(opts.rendererDir, req.url ?? '/', path.join);
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end('Not found');
  }
  res.writeHead(200, {
    'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': cacheControlFor(req.url ?? '/'),
  });
  if (req.method === 'HEAD') return res.end();
  // A file removed between the check and the read (a rebuild) ends the reply, not the host.
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** What Node answers by itself on a connection (a malformed or timed-out request), with our headers. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
  const status =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? 408
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? 431
        : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
          ? 413
          : 400;
  socket.end(rawReply(status, 'Bad request'));
}

/**
 * The browser host: the built renderer plus POST /api/<channel>, for loopback callers holding the
 * token. It cannot be starved: connections are capped per client and in all (idle ones make room,
 * see connection-guard.ts), a request must arrive whole within its time, an idle connection is
 * closed, bodies are capped, and every reply carries the security headers.
 */
export function createWebServer(opts: WebHostOptions): http.Server {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const server = http.createServer({
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    connectionsCheckingInterval: timeouts.checkEveryMs,
    // A request without Host reaches our handler, which refuses it with 421 and our headers.
    requireHostHeader: false,
  });
  const guard = createConnectionGuard(
    opts.limits ?? DEFAULT_CONNECTION_LIMITS,
    (socket) => socket.end(rawReply(503, 'Too many connections')),
    timeouts.headersMs,
  );
  const host: Host = { ...opts, guard };
  server.on('connection', (socket: Socket) => guard.admit(socket));
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    guard.busy(req.socket);
    res.once('close', () => guard.idle(req.socket));
    const port = (server.address() as { port: number } | null)?.port ?? 0;
    if (!isAllowedHost(req.headers.host, port)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
      return res.end('Misdirected request');
    }
    if ((req.url ?? '').startsWith('/api/'))
      return void handleApi(req, res, host).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) sendJson(res, 500, fail('internal', 'The host failed.'));
      });
    serveStatic(req, res, host);
  });
  server.on('clientError', answerClientError);
  // Node would answer these by itself, without our headers, or drop the connection silently.
  server.on('checkExpectation', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.writeHead(417, { Connection: 'close' });
    res.end();
  });
  server.on('upgrade', (_req: http.IncomingMessage, socket: Socket) =>
    socket.end(rawReply(400, 'Upgrades are not supported')),
  );
  server.on('connect', (_req: http.IncomingMessage, socket: Socket) =>
    socket.end(rawReply(405, 'CONNECT is not supported')),
  );
  return server;
}
