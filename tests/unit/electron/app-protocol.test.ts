import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_PAGE_URL,
  APP_SCHEME_PRIVILEGES,
  appFilePath,
  appResponseHeaders,
} from '../../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../../electron/main/security';

const root = path.resolve('/opt/Plenary/out/renderer');

describe('appFilePath', () => {
  it('maps our page and its assets to files inside the renderer folder', () => {
    expect(appFilePath(root, APP_PAGE_URL)).toBe(path.join(root, 'index.html'));
    expect(appFilePath(root, 'app://plenary/')).toBe(path.join(root, 'index.html'));
    expect(appFilePath(root, 'app://plenary/assets/index-abc.js?v=1#x')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(appFilePath(root, 'app://plenary/assets/Noto%20Sans.woff2')).toBe(
      path.join(root, 'assets', 'Noto Sans.woff2'),
    );
  });

  it('refuses every way out of the folder', () => {
    // A literal '..' is removed by URL parsing itself (as Chromium does): it stays inside.
    for (const url of ['app://plenary/../../package.json', 'app://plenary/%2e%2e/package.json'])
      expect(appFilePath(root, url), url).toBe(path.join(root, 'package.json'));
    for (const url of [
      'app://plenary/%2E%2E%2Fpackage.json',
      'app://plenary/assets/..%2F..%2Fpackage.json',
      'app://plenary/..%5cpackage.json',
      'app://plenary/assets%5C..%5C..%5Cpackage.json',
      'app://plenary/%00index.html',
      'app://plenary/C:/Windows/win.ini',
      'app://plenary/C%3A%5CWindows%5Cwin.ini',
      'app://plenary/index.html:stream',
      'app://plenary//etc/passwd',
      'app://plenary/%2Fetc%2Fpasswd',
      'app://plenary/%E0%A4%A',
    ])
      expect(appFilePath(root, url), url).toBeNull();
  });

  it('refuses another host or scheme, and what is not a URL', () => {
    for (const url of [
      'app://evil/index.html',
      'file:///opt/Plenary/out/renderer/index.html',
      'https://plenary/index.html',
      'not a url',
      '',
    ])
      expect(appFilePath(root, url), url).toBeNull();
  });
});

describe('the app:// scheme', () => {
  it('is a standard, secure scheme that loosens nothing', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        bypassCSP: false,
        allowServiceWorkers: false,
        corsEnabled: false,
        stream: false,
      },
    });
  });

  it('serves files with their type and the header form of the policy', () => {
    expect(appResponseHeaders(path.join(root, 'index.html'))).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
    });
    expect(appResponseHeaders('a/b.JS')['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(appResponseHeaders('a/b.bin')['Content-Type']).toBe('application/octet-stream');
  });
});
