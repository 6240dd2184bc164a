import { timingSafeEqual, randomBytes } from 'node:crypto';

/** A fresh per-run token: whoever lacks it cannot touch the API, even on this machine. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison of the presented token with ours. */
export function tokenMatches(presented: string | null | undefined, expected: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads the token from `Authorization: Bearer …`. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Refuses requests whose Host is not our loopback address, so a web page that re-points a DNS
 * name at 127.0.0.1 (DNS rebinding) cannot talk to the host.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * True when a call may come from the page that sent `origin`: no Origin at all (a tool, not a
 * browser; browsers send one with every POST and every cross-origin request), or exactly the
 * origin of the address the request was sent to (already checked by isAllowedHost).
 */
export function isOwnOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  return host !== undefined && origin === `http://${host}`;
}

/** Maps a request path to a file inside `root`, or null when it would escape it. */
export function staticPath(
  root: string,
  urlPath: string,
  join: (...p: string[]) => string,
): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const segments = relative.split('/');
  if (segments.some((s) => s === '..' || s.includes('\\'))) return null;
  return join(root, ...segments);
}
