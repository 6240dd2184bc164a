import { ipcMain, type BrowserWindow } from 'electron';
import type { Backend } from '../backend/backend';
import { fail } from '../../shared/api';
import { IPC_EVENT, IPC_INVOKE } from './ipc-names';
import { isOwnPage } from './security';

/**
 * One handler for every channel: the sender must be our own page; the backend's dispatcher then
 * parses the input against the contract before anything runs.
 */
export function wireIpc(
  backend: Backend,
  rendererUrl: string,
  window: () => BrowserWindow | null,
): () => void {
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) => {
    if (!isOwnPage(event.senderFrame?.url, rendererUrl))
      return fail('unauthorized', 'Calls are accepted only from Plenary’s own window.');
    if (typeof channel !== 'string') return fail('unknown_channel', 'The channel name is missing.');
    return backend.dispatch(channel, input);
  });
  const off = backend.onEvent((event, payload) => {
    const win = window();
    if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT, event, payload);
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE);
    off();
  };
}
