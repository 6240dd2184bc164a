import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL } from '../../../electron/main/app-protocol';
import {
  allowPermission,
  contentSecurityPolicy,
  isOwnPage,
  isSafeExternalUrl,
  mayNavigate,
  mayFrameNavigate,
  secureWebPreferences,
} from '../../../electron/main/security';

/** The policy as directive -> sources, so each rule can be checked on its own. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('contentSecurityPolicy', () => {
  const csp = directives(contentSecurityPolicy());

  it('runs only our own scripts: no inline script, no eval, no remote origin', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|wasm-unsafe-eval|strict-dynamic/);
  });

  it('names no remote source anywhere, so nothing is fetched from the network', () => {
    for (const [name, sources] of csp)
      for (const source of sources)
        expect(`${name} ${source}`).not.toMatch(/\*|https?:|wss?:|ftp:|\.[a-z]{2,}/);
  });

  it('lets the page call only its own origin (the browser host API)', () => {
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, <base> rewriting, form posts and framing', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows inline styles only for styles, never for scripts', () => {
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
  });

  it('is one line that fits in an HTML attribute and an HTTP header', () => {
    expect(contentSecurityPolicy()).not.toMatch(/["\n\r<>]/);
  });

  it('leaves out of the <meta> tag only what a <meta> cannot carry (browsers log an error)', () => {
    const meta = directives(contentSecurityPolicy('meta'));
    expect(meta.has('frame-ancestors')).toBe(false);
    expect([...meta.keys()]).toEqual([...csp.keys()].filter((name) => name !== 'frame-ancestors'));
    for (const [name, sources] of meta) expect(sources).toEqual(csp.get(name));
  });
});

describe('secureWebPreferences', () => {
  it('sandboxes and isolates the renderer, without Node, with the given preload', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs', { packaged: true })).toEqual({
      preload: '/app/out/preload/index.cjs',
      devTools: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      enableWebSQL: false,
      spellcheck: false,
    });
  });

  it('gives developer tools only to a development build', () => {
    expect(secureWebPreferences('/p', { packaged: true }).devTools).toBe(false);
    expect(secureWebPreferences('/p', { packaged: false }).devTools).toBe(true);
  });

  it('returns a fresh object each time, so one window cannot loosen another’s', () => {
    const a = secureWebPreferences('/p', { packaged: true });
    expect(a).not.toBe(secureWebPreferences('/p', { packaged: true }));
  });
});

describe('isOwnPage', () => {
  const own = 'file:///opt/Plenary/out/renderer/index.html';

  it('accepts our page whatever its hash route or query', () => {
    expect(isOwnPage(own, own)).toBe(true);
    expect(isOwnPage(`${own}#/meetings/12/edit`, own)).toBe(true);
    expect(isOwnPage(`${own}?lang=fr`, own)).toBe(true);
    expect(isOwnPage(`${own}?a=1#/x`, own)).toBe(true);
    expect(isOwnPage('file:///opt/Plenary/out/renderer/../renderer/index.html', own)).toBe(true);
  });

  it('refuses any other file, even next to ours', () => {
    expect(isOwnPage('file:///opt/Plenary/out/renderer/other.html', own)).toBe(false);
    expect(isOwnPage('file:///opt/Plenary/out/renderer/', own)).toBe(false);
    expect(isOwnPage('file:///opt/Plenary/out/renderer/index.html/', own)).toBe(false);
    expect(isOwnPage('file:///tmp/out/renderer/index.html', own)).toBe(false);
    expect(isOwnPage('file:///opt/Plenary/out/renderer/INDEX.html', own)).toBe(false);
    expect(isOwnPage('file:///etc/passwd', own)).toBe(false);
  });

  it('refuses the same path on another host (a Windows network share)', () => {
    expect(isOwnPage('file://evil/opt/Plenary/out/renderer/index.html', own)).toBe(false);
  });

  it('refuses web pages and other schemes, whatever their path', () => {
    for (const url of [
      'https://example.com/opt/Plenary/out/renderer/index.html',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,<h1>hi</h1>',
      'javascript:alert(1)',
      `blob:${own}`,
      'devtools://devtools/bundled/inspector.html',
      'chrome://gpu',
    ])
      expect(isOwnPage(url, own), url).toBe(false);
  });

  it('refuses a missing or malformed sender URL instead of throwing', () => {
    expect(isOwnPage(undefined, own)).toBe(false);
    expect(isOwnPage(null, own)).toBe(false);
    expect(isOwnPage('', own)).toBe(false);
    expect(isOwnPage('not a url', own)).toBe(false);
    expect(isOwnPage('http://[::1', own)).toBe(false);
    expect(isOwnPage(own, 'not a url')).toBe(false);
  });

  it('matches a dev server by origin: scheme, host and port', () => {
    const dev = 'http://localhost:5173/';
    expect(isOwnPage('http://localhost:5173/#/meetings', dev)).toBe(true);
    expect(isOwnPage('http://localhost:5173/src/main.tsx?t=1', dev)).toBe(true);
    expect(isOwnPage('http://localhost:5174/', dev)).toBe(false);
    expect(isOwnPage('https://localhost:5173/', dev)).toBe(false);
    expect(isOwnPage('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isOwnPage('http://localhost.evil.com:5173/', dev)).toBe(false);
  });
});

describe('isOwnPage for the app:// page', () => {
  it('accepts our page on any route, and nothing else of any scheme', () => {
    expect(isOwnPage(`${APP_PAGE_URL}#/meetings/3`, APP_PAGE_URL)).toBe(true);
    expect(isOwnPage('app://plenary/index.html?x=1', APP_PAGE_URL)).toBe(true);
    for (const url of [
      'app://plenary/assets/index.js',
      'app://plenary/',
      'app://evil/index.html',
      'app://plenary.evil/index.html',
      'file:///index.html',
      'https://plenary/index.html',
    ])
      expect(isOwnPage(url, APP_PAGE_URL), url).toBe(false);
  });
});

describe('mayFrameNavigate', () => {
  it('lets the main frame reload our page and nothing else, and no sub-frame navigate', () => {
    expect(mayFrameNavigate({ url: APP_PAGE_URL, isMainFrame: true }, APP_PAGE_URL)).toBe(true);
    expect(mayFrameNavigate({ url: 'https://example.org/', isMainFrame: true }, APP_PAGE_URL)).toBe(
      false,
    );
    for (const url of [APP_PAGE_URL, 'https://example.org/', 'about:blank', 'javascript:1'])
      expect(mayFrameNavigate({ url, isMainFrame: false }, APP_PAGE_URL), url).toBe(false);
  });
});

describe('mayNavigate', () => {
  const own = APP_PAGE_URL;

  it('lets the page reload itself or change its hash route', () => {
    expect(mayNavigate(own, own)).toBe(true);
    expect(mayNavigate(`${own}#/meetings`, own)).toBe(true);
  });

  it('refuses leaving our page for the web, another file or a script URL', () => {
    expect(mayNavigate('https://example.com/', own)).toBe(false);
    expect(mayNavigate('file:///home/ann/Downloads/invite.html', own)).toBe(false);
    expect(mayNavigate('app://plenary/assets/evil.html', own)).toBe(false);
    expect(mayNavigate('javascript:alert(1)', own)).toBe(false);
    expect(mayNavigate('garbage', own)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('hands web links to the system browser', () => {
    expect(isSafeExternalUrl('https://www.example.org/meetings?id=1')).toBe(true);
    expect(isSafeExternalUrl('http://intranet.local/agenda')).toBe(true);
    expect(isSafeExternalUrl('HTTPS://EXAMPLE.ORG/')).toBe(true);
  });

  it('never opens local files, scripts, data or other programs', () => {
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'mailto:ann@example.org',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'vscode://file/etc/passwd',
      'ftp://example.org/file',
      'about:blank',
    ])
      expect(isSafeExternalUrl(url), url).toBe(false);
  });

  it('refuses what is not a URL at all', () => {
    expect(isSafeExternalUrl('')).toBe(false);
    expect(isSafeExternalUrl('www.example.org')).toBe(false);
    expect(isSafeExternalUrl('https://')).toBe(false);
  });
});

describe('allowPermission', () => {
  it('denies every permission the app could be asked for', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midiSysex',
      'clipboard-read',
      'clipboard-sanitized-write',
      'display-capture',
      'fullscreen',
      'openExternal',
      'pointerLock',
      'hid',
      'serial',
      'usb',
      'unknown',
    ])
      expect(allowPermission(permission), permission).toBe(false);
  });
});
