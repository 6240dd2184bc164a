import { STATUS_CODES } from 'node:http';
import { contentSecurityPolicy } from '../main/security';

/**
 * The headers every reply of the browser host carries, whoever produced it: a page, an API reply,
 * a refusal (401, 403, 421, 503…) or an answer to a malformed request written on the raw socket.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

/**
 * A whole HTTP/1.1 reply as bytes, for the places where Node gives us a socket rather than a
 * response (a malformed request, a refused connection); the connection is closed after it.
 */
export function rawReply(status: number, body: string): string {
  const text = `${body}\n`;
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    Connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n${lines.join('\r\n')}\r\n\r\n${text}`;
}
