import { ipcMain, type BrowserWindow } from 'electron';
import type { BackendPort } from '../backend/backend';
import { createInvokeHandler } from './invoke-handler';
import { IPC_EVENT, IPC_INVOKE } from './ipc-names';

/**
 * Wires the one invoke channel and the event stream. The decisions (sender check, channel check)
 * live in invoke-handler.ts, which is unit-tested without Electron.
 */
export function wireIpc(
  backend: BackendPort,
  rendererUrl: string,
  window: () => BrowserWindow | null,
): () => void {
  ipcMain.handle(IPC_INVOKE, createInvokeHandler(backend.dispatch, rendererUrl));
  const off = backend.onEvent((event, payload) => {
    const win = window();
    if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT, event, payload);
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE);
    off();
  };
}
