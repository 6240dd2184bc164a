import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EventName } from '../../../shared/api/channel-names';
import { fail, type Envelope } from '../../../shared/api/envelope';
import {
  fromWireError,
  toWireError,
  type FromWorker,
  type HostMethod,
  type ToWorker,
  type WorkerStart,
} from './protocol';

/** What the host does with what a worker sends besides replies. */
export interface WorkerHooks {
  onEvent(event: EventName, payload: unknown): void;
  onLog(message: string, error: Error): void;
  /** Answers a request only the host can serve (a native dialog). */
  answer(method: HostMethod, args: unknown): Promise<unknown>;
  /** The worker stopped without being asked to; its pending calls have been answered already. */
  onCrash(error: Error): void;
}

/** One running backend worker, seen from the host. */
export interface WorkerConnection {
  readonly databaseFile: string;
  /** False once the worker has stopped, asked to or not. */
  readonly running: boolean;
  call(channel: string, input: unknown): Promise<Envelope<unknown>>;
  /** Asks the worker to close its database and stop; ends it by force if it does not. */
  close(): Promise<void>;
  /** Tests only: moves the clock of a worker started with clockOffsetMs on by `ms`. */
  advanceClock(ms: number): void;
}

/** What a call gets when its worker dies before answering; the renderer translates the key. */
export const BACKEND_STOPPED = fail('internal', 'errors.backendStopped');
const CLOSE_GRACE_MS = 10_000;

/**
 * A worker's entry file run as is (.js, the built bundle) or, for a .ts source, through the
 * bootstrap that lets tsx compile it (Node 20 gives worker threads none of the parent's hooks).
 */
function spawn(file: string, start: WorkerStart): Worker {
  if (!file.endsWith('.ts')) return new Worker(file, { workerData: start });
  const here = path.dirname(fileURLToPath(import.meta.url));
  return new Worker(path.join(here, 'source-entry.mjs'), {
    workerData: { ...start, sourceEntry: pathToFileURL(file).href },
  });
}

/**
 * Starts one worker and resolves once its backend is open, or rejects with the error that stopped
 * it (a DomainError such as "database too new" stays one, so the shell shows its message). The
 * worker loads its code at once but opens the database only when `openWhen` resolves; if that
 * rejects, the worker is ended and the start rejects with the same error.
 */
export function startWorker(
  file: string,
  start: WorkerStart,
  hooks: WorkerHooks,
  openWhen: Promise<unknown> = Promise.resolve(),
): Promise<WorkerConnection> {
  const worker = spawn(file, start);
  let cancelled: unknown = null;
  openWhen.then(
    () => worker.postMessage({ kind: 'open' } satisfies ToWorker),
    (error: unknown) => {
      cancelled = error ?? new Error('The backend start was cancelled.');
      void worker.terminate();
    },
  );
  const replies = new Map<number, (envelope: Envelope<unknown>) => void>();
  let nextId = 1;
  let state: 'starting' | 'running' | 'closing' | 'stopped' = 'starting';
  let databaseFile = '';
  let uncaught: Error | null = null;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const post = (message: ToWorker) => worker.postMessage(message);

  const connection: WorkerConnection = {
    get databaseFile() {
      return databaseFile;
    },
    get running() {
      return state === 'running';
    },
    call(channel, input) {
      if (state !== 'running') return Promise.resolve(BACKEND_STOPPED);
      const id = nextId++;
      return new Promise((resolve) => {
        replies.set(id, resolve);
        post({ kind: 'call', id, channel, input });
      });
    },
    advanceClock(ms) {
      if (state === 'running' || state === 'starting') post({ kind: 'advance-clock', ms });
    },
    async close() {
      if (state === 'stopped') return;
      state = 'closing';
      post({ kind: 'close' });
      const timer = setTimeout(() => void worker.terminate(), CLOSE_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };

  return new Promise((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      switch (message.kind) {
        case 'ready':
          state = 'running';
          databaseFile = message.databaseFile;
          return resolve(connection);
        case 'startup-failed':
          state = 'stopped';
          return reject(fromWireError(message.error));
        case 'reply':
          replies.get(message.id)?.(message.envelope);
          replies.delete(message.id);
          return;
        case 'event':
          return hooks.onEvent(message.event, message.payload);
        case 'log':
          return hooks.onLog(message.message, fromWireError(message.error));
        case 'host-request': {
          const { id } = message;
          hooks.answer(message.method, message.args).then(
            (value) => post({ kind: 'host-reply', id, ok: true, value }),
            (error: unknown) =>
              post({ kind: 'host-reply', id, ok: false, error: toWireError(error) }),
          );
          return;
        }
        case 'closed':
          return;
      }
    });
    // Without a listener, a worker's uncaught exception would be thrown in the host's thread.
    worker.on('error', (error) => (uncaught = error));
    worker.on('exit', (code) => {
      const before = state;
      state = 'stopped';
      for (const answer of replies.values()) answer(BACKEND_STOPPED);
      replies.clear();
      const why = uncaught ? `: ${uncaught.message}` : '';
      if (before === 'starting')
        reject(
          cancelled ??
            new Error(`The backend stopped before it was ready (exit code ${code})${why}.`),
        );
      else if (before === 'running')
        hooks.onCrash(
          uncaught ?? new Error(`The backend stopped unexpectedly (exit code ${code}).`),
        );
    });
  });
}
