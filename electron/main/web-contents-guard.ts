import { app, shell, type Session, type WebContents } from 'electron';
import { allowPermission, isSafeExternalUrl, mayFrameNavigate, mayNavigate } from './security';

/** Denies every permission, permission check and device (USB, HID, serial) request of a session. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(allowPermission(permission)),
  );
  session.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
  session.setDevicePermissionHandler((details) => allowPermission(details.deviceType));
}

const openOutside = (url: string) => {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
};

/** Every rule of ARCHITECTURE.md's Electron shell, on one web contents. */
function guard(contents: WebContents, rendererUrl: string, hardened: WeakSet<Session>): void {
  if (!hardened.has(contents.session)) {
    hardened.add(contents.session);
    hardenSession(contents.session);
  }
  // New windows never open; web links go to the system browser.
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  // A plain link click navigates the main frame: keep our page, show web links outside.
  contents.on('will-navigate', (event) => {
    if (mayNavigate(event.url, rendererUrl)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  // Sub-frames too (will-navigate sees only the main frame): the app has none to navigate.
  contents.on('will-frame-navigate', (event) => {
    if (!mayFrameNavigate(event, rendererUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!mayNavigate(event.url, rendererUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Applies the guard to every web contents the app ever creates (windows, and anything a bug or an
 * injected page might open), not only to the main window: Electron's security checklist, item
 * "Verify WebView options / disable or limit navigation / new windows".
 */
export function guardAllWebContents(rendererUrl: string): void {
  const hardened = new WeakSet<Session>();
  app.on('web-contents-created', (_event, contents) => guard(contents, rendererUrl, hardened));
}
