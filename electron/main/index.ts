import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, Menu } from 'electron';
import { createBackend, type Backend } from '../backend/backend';
import { APP_NAME, defaultUserDataDir, resolveDataDir } from '../backend/data-dir';
import { DomainError } from '../backend/errors';
import { createSettingsRepo } from '../backend/settings/settings.repo';
import { electronDialogs } from './dialogs';
import type { DispatchFn } from './invoke-handler';
import { wireIpc } from './ipc';
import { menuLabels, menuTemplate } from './menu-template';
import { electronNativeBindingPath, nativeBindingAdvice } from './native-binding';
import { rendererPageUrl } from './security';
import { createMainWindow } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererFile = path.join(here, '../renderer/index.html');
const preloadPath = path.join(here, '../preload/index.cjs');

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

// Every renderer is sandboxed, even one created by code that forgets the window's preferences.
app.enableSandbox();
// The name the macOS app menu and the About box show (package.json's name is lower case).
app.setName(APP_NAME);

/**
 * The data folder, decided as the browser host and `npm run demo` decide it, so all three share one
 * database. Electron's own guess would be named after package.json ("plenary", lower case), a
 * different folder on Linux. Chromium's profile, and so the single-instance lock, lives there too:
 * two copies of Plenary may run on two data folders, never on one.
 */
function chooseDataDir(): string {
  const dataDir = resolveDataDir(process.argv, process.env, defaultUserDataDir());
  fs.mkdirSync(dataDir, { recursive: true });
  app.setPath('userData', dataDir);
  return dataDir;
}

function openBackend(dataDir: string): Backend {
  const nativeBinding = electronNativeBindingPath(app.getAppPath());
  try {
    return createBackend({
      dataDir,
      appVersion: app.getVersion(),
      dialogs: electronDialogs(() => mainWindow),
      ...(fs.existsSync(nativeBinding) ? { nativeBinding } : {}),
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new Error(nativeBindingAdvice(nativeBinding, fs.existsSync(nativeBinding)), {
      cause: error,
    });
  }
}

function installMenu(b: Backend): void {
  const labels = menuLabels(createSettingsRepo(b.db).get('language'));
  const template = menuTemplate(labels, {
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    onAbout: () =>
      void dialog.showMessageBox({
        title: labels.about,
        message: 'Plenary',
        detail: labels.aboutDetail
          .replace('{{version}}', app.getVersion())
          .replace('{{path}}', b.databaseFile),
      }),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** The backend's dispatcher, rebuilding the menu when the user switches language. */
function dispatchWithMenu(b: Backend): DispatchFn {
  return async (channel, input) => {
    const reply = await b.dispatch(channel, input);
    if (channel === 'settings.setLanguage' && reply.ok) installMenu(b);
    return reply;
  };
}

async function start(): Promise<void> {
  const dataDir = chooseDataDir();
  if (!app.requestSingleInstanceLock()) return app.quit();
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  await app.whenReady();
  const b = openBackend(dataDir);
  backend = b;
  installMenu(b);
  wireIpc(
    { dispatch: dispatchWithMenu(b), onEvent: b.onEvent },
    rendererPageUrl(rendererFile),
    () => mainWindow,
  );
  mainWindow = createMainWindow(rendererFile, preloadPath);
  mainWindow.on('closed', () => (mainWindow = null));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => backend?.close());
}

/** Whatever stops the start (a data folder we cannot create, a database too new) is said plainly. */
async function failStart(error: unknown): Promise<void> {
  await app.whenReady();
  dialog.showErrorBox(
    'Plenary cannot open its data',
    error instanceof Error ? error.message : String(error),
  );
  app.quit();
}

start().catch(failStart);
