import { BrowserWindow, shell, type Session } from 'electron';
import {
  allowPermission,
  isSafeExternalUrl,
  mayNavigate,
  rendererPageUrl,
  secureWebPreferences,
} from './security';

/** Denies every permission, permission check and device (USB, HID, serial) request of a session. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(allowPermission(permission)),
  );
  session.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
  session.setDevicePermissionHandler((details) => allowPermission(details.deviceType));
}

/** The main window, with every security setting of ARCHITECTURE.md wired to the pure decisions. */
export function createMainWindow(
  rendererFile: string,
  preloadPath: string,
  iconPath: string,
): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Plenary',
    icon: iconPath,
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  hardenSession(win.webContents.session);
  const rendererUrl = rendererPageUrl(rendererFile);
  const openOutside = (url: string) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  };
  // A plain link click navigates: keep our page and show web links in the system browser.
  win.webContents.on('will-navigate', (event) => {
    if (mayNavigate(event.url, rendererUrl)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  win.webContents.on('will-redirect', (event) => {
    if (!mayNavigate(event.url, rendererUrl)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererFile);
  return win;
}
