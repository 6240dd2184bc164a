import type { MessagePort } from 'node:worker_threads';
import type { Backend, BackendOptions } from '../backend';
import type { SessionHost } from '../backup/session';
import { isDatabaseKey } from '../db/database-key';
import type { Dialogs } from '../dialogs';
import { startPdfWarmUp, type PdfWarmUp } from '../pdf/warm-up';
import {
  toWireError,
  type FromWorker,
  type HostMethod,
  type HostRequests,
  type ToWorker,
  type WorkerStart,
} from './protocol';

/** How the worker builds its backend; tests pass a variant to exercise the bridge. */
export type BackendFactory = (options: BackendOptions) => Backend;

/**
 * The worker's side: builds the backend from `start`, answers calls arriving on `port`, forwards
 * events and logs, and turns what only the shell can do (native dialogs) into requests to the host.
 */
export function serveBackend(port: MessagePort, start: WorkerStart, create: BackendFactory): void {
  const send = (message: FromWorker) => port.postMessage(message);
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 1;

  function askHost<M extends HostMethod>(
    method: M,
    args: HostRequests[M]['args'],
  ): Promise<HostRequests[M]['result']> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      send({ kind: 'host-request', id, method, args });
    });
  }

  const dialogs: Dialogs = {
    available: start.dialogsAvailable,
    saveFile: (options) => askHost('dialogs.saveFile', options),
    openFile: (options) => askHost('dialogs.openFile', options),
  };

  // A test's fixed clock: the real one shifted by an offset the host can move on.
  let clockOffset = start.clockOffsetMs ?? 0;
  const clock = start.clockOffsetMs === undefined ? undefined : () => Date.now() + clockOffset;

  const host: SessionHost = {
    update: (change) => askHost('session.update', change),
    stopReader: () => askHost('session.stopReader', {}),
  };

  function open(key = start.key): Backend | null {
    try {
      const backend = create({
        key: isDatabaseKey(key) ? key : null,
        host,
        ...(start.keyStore ? { keyStore: start.keyStore } : {}),
        dailyBackups: start.dailyBackups === true && start.role === 'primary',
        dataDir: start.dataDir,
        appVersion: start.appVersion,
        checkOutput: start.checkOutput,
        nativeBinding: start.nativeBinding,
        reader: start.role === 'reader',
        ...(clock ? { clock } : {}),
        dialogs,
        log: (message, error) => send({ kind: 'log', message, error: toWireError(error) }),
      });
      backend.onEvent((event, payload) => send({ kind: 'event', event, payload }));
      const { state } = backend.session;
      const readerAllowed = state.kind === 'open' && state.readOnly === null;
      send({ kind: 'ready', databaseFile: backend.databaseFile, readerAllowed });
      return backend;
    } catch (error) {
      // Nothing listens on the port any more, so the thread ends once this message is out.
      send({ kind: 'startup-failed', error: toWireError(error) });
      port.close();
      return null;
    }
  }

  // The code is loaded by now; the database waits for 'open', so the host can load a reader's
  // code while the primary migrates, and open the reader only once the schema is up to date.
  let backend: Backend | null = null;
  let warmUp: PdfWarmUp | null = null;
  port.on('message', (message: ToWorker) => {
    if (message.kind === 'open') {
      backend ??= open(message.key === undefined ? start.key : message.key);
      // The fonts need no database: one warm-up per worker, whatever reopens it later.
      if (backend && !warmUp && start.warmUpPdfAfterMs !== undefined)
        warmUp = startPdfWarmUp({
          startAfterMs: start.warmUpPdfAfterMs,
          onError: (error) =>
            send({ kind: 'log', message: 'The PDF warm-up failed', error: toWireError(error) }),
        });
    } else if (message.kind === 'suspend') {
      backend?.close();
      backend = null;
      send({ kind: 'suspended' });
    } else if (message.kind === 'call') {
      // The warm-up steps aside while calls come in (the first screen's, say).
      warmUp?.noteActivity();
      const { id, channel, input } = message;
      void (backend ? backend.dispatch(channel, input) : Promise.reject(new Error('not open')))
        .catch(() => ({
          ok: false as const,
          error: { code: 'internal' as const, message: 'The backend failed to answer.' },
        }))
        .then((envelope) => {
          warmUp?.noteActivity();
          send({ kind: 'reply', id, envelope });
        });
    } else if (message.kind === 'host-reply') {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.ok) waiting?.resolve(message.value);
      else waiting?.reject(new Error(message.error.message));
    } else if (message.kind === 'advance-clock') {
      clockOffset += message.ms;
    } else if (message.kind === 'close') {
      warmUp?.stop();
      backend?.close();
      send({ kind: 'closed' });
      port.close();
    }
  });
}
