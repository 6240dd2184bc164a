/**
 * The sandboxed bridge: exactly `invoke` for the contract's channels and `on` for backend events.
 * No npm dependencies; the channel list is plain data from shared/api.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../../shared/api/channel-names';
import { IPC_EVENT, IPC_INVOKE } from '../main/ipc-names';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'plenary',
  createBridge(ipcRenderer, CHANNEL_NAMES, { invoke: IPC_INVOKE, event: IPC_EVENT }),
);
