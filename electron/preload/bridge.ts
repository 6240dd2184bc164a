/**
 * What the preload exposes as window.plenary, built from a structural ipcRenderer so the unit tests
 * can check it without Electron. No imports: the sandboxed preload may not require npm packages.
 */

/** The slice of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export interface PlenaryBridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(listener: (event: string, payload: unknown) => void): () => void;
}

/** The IPC names between preload and main; everything else travels inside them as data. */
export interface BridgeIpcNames {
  invoke: string;
  event: string;
}

/**
 * `invoke` forwards only the contract's channels (the main process checks again); `on` hands the
 * listener the event name and payload only, never Electron's event object with its `sender`.
 */
export function createBridge(
  ipc: IpcRendererLike,
  channels: readonly string[],
  names: BridgeIpcNames,
): PlenaryBridge {
  const allowed = new Set<string>(channels);
  return {
    invoke(channel, input) {
      if (typeof channel !== 'string' || !allowed.has(channel))
        return Promise.resolve({
          ok: false,
          error: {
            code: 'unknown_channel',
            message: `There is no channel named "${String(channel)}".`,
          },
        });
      return ipc.invoke(names.invoke, channel, input);
    },
    on(listener) {
      const handler = (_event: unknown, name: unknown, payload: unknown) => {
        if (typeof name === 'string') listener(name, payload);
      };
      ipc.on(names.event, handler);
      return () => void ipc.removeListener(names.event, handler);
    },
  };
}
