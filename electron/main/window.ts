import { BrowserWindow } from 'electron';
import { APP_PAGE_URL } from './app-protocol';
import { secureWebPreferences } from './security';

/**
 * The main window, with the secure preferences of security.ts. Navigation, new windows, webviews
 * and permissions are guarded for every web contents by web-contents-guard.ts.
 */
export function createMainWindow(
  preloadPath: string,
  iconPath: string,
  options: { packaged: boolean },
): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Plenary',
    icon: iconPath,
    show: false,
    webPreferences: secureWebPreferences(preloadPath, options),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_PAGE_URL);
  return win;
}
