import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { BackendPort } from '../backend/backend';
import { fail } from '../../shared/api';
import { contentSecurityPolicy } from '../main/security';
import { bearerToken, isAllowedHost, staticPath, tokenMatches } from './web-security';

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

const BASE_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export interface WebHostOptions {
  backend: BackendPort;
  rendererDir: string;
  token: string;
  /** The app icon (resources/icon.ico), served as /favicon.ico: browsers ask for it on every page. */
  faviconFile?: string;
  /** The largest request body accepted; tests lower it. */
  maxBodyBytes?: number;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
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

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  opts: WebHostOptions,
) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/api/events') {
    if (!tokenMatches(url.searchParams.get('token'), opts.token))
      return sendJson(res, 401, fail('unauthorized', 'The access token is missing or wrong.'));
    return streamEvents(req, res, opts.backend);
  }
  if (!tokenMatches(bearerToken(req.headers.authorization), opts.token))
    return sendJson(res, 401, fail('unauthorized', 'The access token is missing or wrong.'));
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
    ...BASE_HEADERS,
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

function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, opts: WebHostOptions) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, BASE_HEADERS);
    return res.end();
  }
  const isFavicon = (req.url ?? '').split('?')[0] === '/favicon.ico' && opts.faviconFile;
  const file = isFavicon
    ? opts.faviconFile
    : staticPath(opts.rendererDir, req.url ?? '/', path.join);
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end('Not found');
  }
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
  });
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(file).pipe(res);
}

/** The browser host: the built renderer plus POST /api/<channel>, for loopback callers holding the token. */
export function createWebServer(opts: WebHostOptions): http.Server {
  const server = http.createServer((req, res) => {
    const port = (server.address() as { port: number } | null)?.port ?? 0;
    if (!isAllowedHost(req.headers.host, port)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Misdirected request');
    }
    if ((req.url ?? '').startsWith('/api/'))
      return void handleApi(req, res, opts).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) sendJson(res, 500, fail('internal', 'The host failed.'));
      });
    serveStatic(req, res, opts);
  });
  server.keepAliveTimeout = 60_000;
  return server;
}
