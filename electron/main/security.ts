/**
 * Every security decision of the desktop shell, as pure functions so they are unit-tested without an
 * Electron binary. electron/main/window.ts only wires them to Electron's hooks.
 */

/** The Content-Security-Policy of the renderer, in both shells: our own scripts only, no eval. */
export function contentSecurityPolicy(): string {
  return [
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
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The BrowserWindow web preferences; nothing here may be loosened. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
  } as const;
}

/** True when `url` is our own renderer page (same file or dev-server origin), whatever the hash. */
export function isOwnPage(url: string | undefined, rendererUrl: string): boolean {
  if (!url) return false;
  try {
    const a = new URL(url);
    const b = new URL(rendererUrl);
    if (a.protocol !== b.protocol) return false;
    if (a.protocol === 'file:') return a.pathname === b.pathname;
    return a.origin === b.origin;
  } catch {
    return false;
  }
}

/** Navigation away from our page is always refused; links go to the system browser instead. */
export function mayNavigate(url: string, rendererUrl: string): boolean {
  return isOwnPage(url, rendererUrl);
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
