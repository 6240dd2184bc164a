import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, Menu } from 'electron';
import {
  APP_NAME,
  defaultUserDataDir,
  prepareDataFolder,
  resolveDataDir,
} from '../backend/data-dir';
import { DomainError } from '../backend/errors';
import { startWorkerBackend, type WorkerBackend } from '../backend/worker/worker-backend';
import { windowIconPath } from './app-icon';
import { openElectronKeyStore } from './key-store';
import { electronDialogs } from './dialogs';
import type { DispatchFn } from './invoke-handler';
import { wireIpc } from './ipc';
import { menuLabels, menuTemplate } from './menu-template';
import { electronNativeBindingPath, nativeBindingAdvice } from './native-binding';
import { APP_PAGE_URL } from './app-protocol';
import { registerAppScheme, serveRenderer } from './protocol';
import { guardAllWebContents } from './web-contents-guard';
import { createMainWindow } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
// Built beside this file from electron/backend/worker/backend-worker.ts (electron.vite.config.ts).
const backendWorkerFile = path.join(here, 'backend-worker.js');

let mainWindow: BrowserWindow | null = null;
let backend: WorkerBackend | null = null;

// Every renderer is sandboxed, even one created by code that forgets the window's preferences.
app.enableSandbox();
// The page comes from app://, never file:// (app-protocol.ts); the scheme is declared before ready.
registerAppScheme();
// Navigation, new windows, webviews and permissions are refused for every web contents, from the
// first one on.
guardAllWebContents(APP_PAGE_URL);
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
  // A read-only folder is not refused here: a database in it opens read-only, with a banner.
  prepareDataFolder(dataDir);
  app.setPath('userData', dataDir);
  return dataDir;
}

/**
 * The backend runs in worker threads, so a long import never stalls this process (and with it
 * every window); the native dialogs it asks for are answered here.
 */
async function openBackend(dataDir: string): Promise<WorkerBackend> {
  const nativeBinding = electronNativeBindingPath(app.getAppPath());
  // The system keychain may remember the database key, so the passphrase is not asked each time.
  const keyStore = await openElectronKeyStore(dataDir);
  try {
    return await startWorkerBackend({
      dataDir,
      keyStore,
      dailyBackups: true,
      appVersion: app.getVersion(),
      dialogs: electronDialogs(() => mainWindow),
      workerFile: backendWorkerFile,
      warmUpPdf: true,
      ...(fs.existsSync(nativeBinding) ? { nativeBinding } : {}),
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new Error(nativeBindingAdvice(nativeBinding, fs.existsSync(nativeBinding)), {
      cause: error,
    });
  }
}

async function installMenu(b: WorkerBackend): Promise<void> {
  const settings = await b.dispatch('settings.get', {});
  const labels = menuLabels(
    settings.ok ? (settings.value as { language: string | null }).language : null,
  );
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
function dispatchWithMenu(b: WorkerBackend): DispatchFn {
  return async (channel, input) => {
    const reply = await b.dispatch(channel, input);
    if (channel === 'settings.setLanguage' && reply.ok) await installMenu(b);
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
  serveRenderer(rendererDir);
  const b = await openBackend(dataDir);
  backend = b;
  await installMenu(b);
  wireIpc({ dispatch: dispatchWithMenu(b), onEvent: b.onEvent }, APP_PAGE_URL, () => mainWindow);
  mainWindow = createMainWindow(preloadPath, windowIconPath(app.getAppPath(), process.platform), {
    packaged: app.isPackaged,
  });
  mainWindow.on('closed', () => (mainWindow = null));
  app.on('window-all-closed', () => app.quit());
  // The workers close the database cleanly (a WAL checkpoint) before the process ends.
  app.on('will-quit', (event) => {
    const closing = backend;
    if (!closing) return;
    backend = null;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
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
