/**
 * The sandboxed bridge: exactly `invoke` for the contract's channels and `on` for backend events.
 * No npm dependencies; the channel list is plain data from shared/api.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES } from '../../shared/api/channel-names';
import { IPC_EVENT, IPC_INVOKE } from '../main/ipc-names';

const allowed = new Set<string>(CHANNEL_NAMES);

contextBridge.exposeInMainWorld('plenary', {
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (!allowed.has(channel))
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_channel', message: `There is no channel named "${channel}".` },
      });
    return ipcRenderer.invoke(IPC_INVOKE, channel, input);
  },
  on(listener: (event: string, payload: unknown) => void): () => void {
    const handler = (_e: IpcRendererEvent, event: string, payload: unknown) =>
      listener(event, payload);
    ipcRenderer.on(IPC_EVENT, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT, handler);
  },
});
