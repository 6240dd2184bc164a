/**
 * The `app://` protocol that serves the built renderer to the desktop window instead of file://:
 * the page gets a real origin (so 'self' in the Content-Security-Policy means our files only, and
 * file:// keeps none of its extra privileges, see the GrantFileProtocolExtraPrivileges fuse), and
 * only files inside the renderer folder can ever be read. Pure decisions, unit-tested without
 * Electron; electron/main/protocol.ts wires them.
 */
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { contentSecurityPolicy } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'plenary';
/** The address of our page; the router lives in its hash. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before the app is ready: a standard, secure scheme (a real origin, `'self'` in the
 * CSP, fetch allowed for our own files), with nothing that would loosen the page's policy.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    bypassCSP: false,
    allowServiceWorkers: false,
    corsEnabled: false,
    stream: false,
  },
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/**
 * The file inside `rendererDir` that an app:// request names, or null when it names none: another
 * scheme or host, an encoded or literal `..`, a backslash, a NUL, a colon (a drive or a stream).
 * `/` is the page itself.
 */
export function appFilePath(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (/[\0\\]/.test(decoded)) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const segments = relative.split('/');
  // ':' covers drive letters and Windows' alternate data streams; our files have none.
  if (segments.some((s) => s === '..' || s === '.' || s === '' || s.includes(':'))) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}

/** The headers of a file served over app://: its type, and the same security headers as the browser host's. */
export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}
