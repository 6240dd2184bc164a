import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  isAllowedHost,
  newToken,
  staticPath,
  tokenMatches,
} from '../../electron/web/web-security';

describe('the per-run token', () => {
  it('is long, URL-safe and different on every run', () => {
    const tokens = new Set(Array.from({ length: 50 }, newToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32,}$/);
  });

  it('matches only itself', () => {
    const token = newToken();
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(`${token}x`, token)).toBe(false);
    expect(tokenMatches(token.slice(1), token)).toBe(false);
    expect(tokenMatches(token.toUpperCase(), token.toLowerCase() + 'A')).toBe(false);
    expect(tokenMatches('', token)).toBe(false);
    expect(tokenMatches(null, token)).toBe(false);
    expect(tokenMatches(undefined, token)).toBe(false);
  });

  it('is read from a Bearer header and nothing else', () => {
    expect(bearerToken('Bearer abc123')).toBe('abc123');
    expect(bearerToken('bearer abc123')).toBe('abc123');
    expect(bearerToken('Basic abc123')).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken('abc123')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe('the Host check against DNS rebinding', () => {
  it('allows only loopback names on our own port', () => {
    expect(isAllowedHost('127.0.0.1:5317', 5317)).toBe(true);
    expect(isAllowedHost('localhost:5317', 5317)).toBe(true);
    expect(isAllowedHost('127.0.0.1:5318', 5317)).toBe(false);
    expect(isAllowedHost('127.0.0.1', 5317)).toBe(false);
    expect(isAllowedHost('evil.example:5317', 5317)).toBe(false);
    expect(isAllowedHost('127.0.0.1.evil.example:5317', 5317)).toBe(false);
    expect(isAllowedHost(undefined, 5317)).toBe(false);
  });
});

describe('static file paths', () => {
  const root = path.join(path.sep, 'srv', 'renderer');
  const resolve = (url: string) => staticPath(root, url, path.join);

  it('maps the root to index.html and other paths inside the folder', () => {
    expect(resolve('/')).toBe(path.join(root, 'index.html'));
    expect(resolve('/?token=abc')).toBe(path.join(root, 'index.html'));
    expect(resolve('/assets/index-1.js')).toBe(path.join(root, 'assets', 'index-1.js'));
    expect(resolve('/assets/a%20b.css')).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/..\\package.json',
    '/..%5cpackage.json',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolve(url)).toBeNull();
  });

  it('never leaves the folder for any mix of dots and slashes', () => {
    const pieces = ['..', '.', '%2e', '%2E%2e', '%2f', '/', '%5c', 'a', ''];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const file = resolve(`/${a}/${b}${c}/x`);
          if (file !== null) expect(path.relative(root, file).split(path.sep)).not.toContain('..');
        }
  });
});
