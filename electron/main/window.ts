import { BrowserWindow, session, shell } from 'electron';
import { allowPermission, isSafeExternalUrl, mayNavigate, secureWebPreferences } from './security';

/** The main window, with every security setting of ARCHITECTURE.md wired to the pure decisions. */
export function createMainWindow(rendererFile: string, preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Plenary',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  const rendererUrl = new URL(`file://${rendererFile}`).href;
  win.webContents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url, rendererUrl)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!mayNavigate(url, rendererUrl)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(allowPermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission) =>
    allowPermission(permission),
  );
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererFile);
  return win;
}
