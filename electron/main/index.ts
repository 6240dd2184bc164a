import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, Menu } from 'electron';
import { createBackend, type Backend } from '../backend/backend';
import { resolveDataDir } from '../backend/data-dir';
import { DomainError } from '../backend/errors';
import { createSettingsRepo } from '../backend/settings/settings.repo';
import { electronDialogs } from './dialogs';
import { wireIpc } from './ipc';
import { menuLabels, menuTemplate } from './menu-template';
import { electronNativeBindingPath, nativeBindingAdvice } from './native-binding';
import { createMainWindow } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererFile = path.join(here, '../renderer/index.html');
const preloadPath = path.join(here, '../preload/index.cjs');

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

function openBackend(): Backend {
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
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

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) return app.quit();
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  await app.whenReady();
  try {
    backend = openBackend();
  } catch (error) {
    dialog.showErrorBox(
      'Plenary cannot open its data',
      error instanceof Error ? error.message : String(error),
    );
    return app.quit();
  }
  installMenu(backend);
  wireIpc(backend, new URL(`file://${rendererFile}`).href, () => mainWindow);
  mainWindow = createMainWindow(rendererFile, preloadPath);
  mainWindow.on('closed', () => (mainWindow = null));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => backend?.close());
}

void start();
