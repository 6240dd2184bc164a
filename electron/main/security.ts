/**
 * Every security decision of the desktop shell, as pure functions so they are unit-tested without an
 * Electron binary. electron/main/window.ts only wires them to Electron's hooks.
 */
import type { WebPreferences } from 'electron';

/**
 * The Content-Security-Policy of the renderer, in both shells: our own scripts only, no eval. The
 * browser host sends it as a header; built pages carry it in a <meta> tag (Electron loads them from
 * file://), where browsers ignore frame-ancestors and say so in the console, so it is left out there.
 */
export function contentSecurityPolicy(delivery: 'header' | 'meta' = 'header'): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    // The component kit sets CSS variables and positions popovers through inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // Header only: the browser host's page may not be framed by another site.
    "frame-ancestors 'none'",
  ];
  return (
    delivery === 'meta' ? directives.filter((d) => !d.startsWith('frame-ancestors')) : directives
  ).join('; ');
}

/**
 * The BrowserWindow web preferences; nothing here may be loosened. Every web contents the app
 * creates gets them checked again (web-contents-guard.ts). `satisfies` keeps every key checked
 * against Electron's own types while the values stay literal for the unit tests.
 */
export function secureWebPreferences(preloadPath: string, options: { packaged: boolean }) {
  return {
    preload: preloadPath,
    // Developer tools only in a development build: a packaged app gives no console to the page.
    devTools: !options.packaged,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A file dropped on the window must not replace our page with the file.
    navigateOnDragDrop: false,
    // A hostile page cannot lock the user in an endless chain of alert() boxes.
    safeDialogs: true,
    enableWebSQL: false,
    spellcheck: false,
  } satisfies WebPreferences;
}

/**
 * True when `url` is our own renderer page, whatever its hash or query (the router lives in the
 * hash): the same page on the same host for app: (and file:) pages, the same origin for a dev
 * server.
 */
export function isOwnPage(url: string | undefined | null, rendererUrl: string): boolean {
  if (!url) return false;
  try {
    const a = new URL(url);
    const b = new URL(rendererUrl);
    if (a.protocol !== b.protocol) return false;
    // A custom scheme has no origin in the URL standard: compare its host and page instead.
    if (a.protocol === 'app:') return a.host === b.host && a.pathname === b.pathname;
    // The host matters on Windows, where file://server/share/... is another machine's file.
    if (a.protocol === 'file:') return a.host === b.host && a.pathname === b.pathname;
    return a.origin !== 'null' && a.origin === b.origin;
  } catch {
    return false;
  }
}

/** Navigation away from our page is always refused; links go to the system browser instead. */
export function mayNavigate(url: string, rendererUrl: string): boolean {
  return isOwnPage(url, rendererUrl);
}

/**
 * Whether a frame may navigate to `url`: the main frame only to our own page; a sub-frame (the app
 * has none: one would come from injected markup) never.
 */
export function mayFrameNavigate(
  navigation: { url: string; isMainFrame: boolean },
  rendererUrl: string,
): boolean {
  return navigation.isMainFrame && mayNavigate(navigation.url, rendererUrl);
}

/** Only web links may be handed to the system browser; never file:, javascript: or custom schemes. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Camera, microphone, notifications, geolocation...: the app needs none, so every request is denied. */
export function allowPermission(_permission: string): boolean {
  return false;
}
