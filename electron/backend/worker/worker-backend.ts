import { EventEmitter } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventName } from '../../../shared/api/channel-names';
import { fail, type Envelope } from '../../../shared/api/envelope';
import type { BackendPort, EventListener } from '../backend';
import { noDialogs, type Dialogs } from '../dialogs';
import { DomainError } from '../errors';
import type { HostMethod, HostRequests, WorkerStart } from './protocol';
import { isReadChannel } from './read-channels';
import { startWorker, type WorkerConnection, type WorkerHooks } from './worker-connection';

export interface WorkerBackendOptions {
  dataDir: string;
  appVersion?: string;
  /** Also check every reply against its output schema (tests turn this on). */
  checkOutput?: boolean;
  /** better-sqlite3 built for Electron's ABI (see scripts/build-electron-native). */
  nativeBinding?: string;
  /** The shell's native dialogs; workers reach them through requests to this host. */
  dialogs?: Dialogs;
  log?: (message: string, error: unknown) => void;
  /**
   * The worker's entry: the built out/main/backend-worker.js, or a .ts source run through tsx.
   * Defaults to the source beside this file, which only exists when running from source.
   */
  workerFile?: string;
  /** Serve read-only channels from a second worker (default true). */
  reader?: boolean;
  /**
   * Prepare the PDF layer in each worker soon after it starts (see pdf/warm-up.ts), so that the
   * first programme or badges PDF does not pay for reading the fonts. The shells turn it on; off
   * by default, so tests and benches that start many backends do not pay for it each time.
   */
  warmUpPdf?: boolean;
}

/**
 * When a worker starts its PDF warm-up after opening: the one that makes the programme (the
 * reader, or the primary alone) soon; the primary beside a reader (it makes badges) later, so
 * the two warm-ups do not compete with each other and the first screen.
 */
const WARM_UP_PDF_SOON_MS = 200;
const WARM_UP_PDF_LATER_MS = 2500;

/** The backend running in worker threads, with the surface of createBackend's. */
export interface WorkerBackend extends BackendPort {
  readonly databaseFile: string;
  /** Stops the workers and starts them again; after a crash this happens by itself. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A reader that keeps failing to start is given up on; reads then go to the primary. */
const READER_START_ATTEMPTS = 3;

function defaultWorkerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts'))
    throw new Error('Pass workerFile: the built backend-worker.js that sits beside the bundle.');
  return path.join(path.dirname(here), 'backend-worker.ts');
}

/** What the host answers when a worker asks for something only the shell can do. */
function hostAnswers(dialogs: Dialogs): {
  [M in HostMethod]: (args: HostRequests[M]['args']) => Promise<HostRequests[M]['result']>;
} {
  return {
    'dialogs.saveFile': (args) => dialogs.saveFile(args),
    'dialogs.openFile': (args) => dialogs.openFile(args),
  };
}

/**
 * Runs the whole backend off the caller's thread, as Signal Desktop runs its database: a primary
 * worker owns the database file (migrations, every write, long jobs and their cancel), and a
 * reader worker with its own query-only connection serves the read channels, so they still answer
 * while the primary holds a long transaction (WAL lets readers see the last commit meanwhile).
 * Events, progress and logs come back as messages. A worker that dies answers its pending calls
 * with errors.backendStopped and is started again on the next call. Plain Node; no electron import.
 */
export async function startWorkerBackend(options: WorkerBackendOptions): Promise<WorkerBackend> {
  const file = options.workerFile ?? defaultWorkerFile();
  const log = options.log ?? ((message, error) => console.error(message, error));
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const answers = hostAnswers(options.dialogs ?? noDialogs);
  const base: Omit<WorkerStart, 'role'> = {
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    checkOutput: options.checkOutput,
    nativeBinding: options.nativeBinding,
    dialogsAvailable: (options.dialogs ?? noDialogs).available,
  };
  const hooks = (role: WorkerStart['role']): WorkerHooks => ({
    onEvent: (event: EventName, payload: unknown) => events.emit('event', event, payload),
    onLog: log,
    answer: (method, args) =>
      method in answers
        ? (answers[method] as (a: unknown) => Promise<unknown>)(args)
        : Promise.reject(new Error(`The host has no "${String(method)}".`)),
    onCrash: (error) => log(`The backend's ${role} worker stopped unexpectedly`, error),
  });

  /** One worker role: started on demand, shared by concurrent callers while it starts. */
  function slot(role: WorkerStart['role']) {
    let current: WorkerConnection | null = null;
    let starting: Promise<WorkerConnection> | null = null;
    return {
      get running() {
        return current?.running === true;
      },
      /** The running worker, started (opening its database once `openWhen` resolves) if need be. */
      get(openWhen?: Promise<unknown>): Promise<WorkerConnection> {
        if (current?.running) return Promise.resolve(current);
        const start: WorkerStart = {
          ...base,
          role,
          ...(options.warmUpPdf && {
            warmUpPdfAfterMs:
              role === 'primary' && wantReader ? WARM_UP_PDF_LATER_MS : WARM_UP_PDF_SOON_MS,
          }),
        };
        starting ??= startWorker(file, start, hooks(role), openWhen).then(
          (connection) => {
            current = connection;
            starting = null;
            return connection;
          },
          (error: unknown) => {
            starting = null;
            throw error;
          },
        );
        return starting;
      },
      async stop() {
        const stopping = current ?? (await starting?.catch(() => null));
        current = null;
        await stopping?.close();
      },
    };
  }

  const primary = slot('primary');
  const reader = slot('reader');
  const wantReader = options.reader ?? true;
  let readerFailures = 0;
  let readerStarting: Promise<void> | null = null;
  let closed = false;

  /**
   * (Re)starts the reader: its code loads at once, its database opens once the primary is up (and
   * so the schema current). Reads go to the primary until then. Never rejects.
   */
  function startReader(): Promise<void> {
    if (readerStarting) return readerStarting;
    if (!wantReader || closed || reader.running || readerFailures >= READER_START_ATTEMPTS)
      return Promise.resolve();
    let primaryFailed = false;
    const primaryUp = primary.get().catch((error: unknown) => {
      primaryFailed = true;
      throw error;
    });
    readerStarting = reader
      .get(primaryUp)
      .then(
        () => void (readerFailures = 0),
        (error: unknown) => {
          // When the primary cannot start, its own error is the one to report.
          if (primaryFailed) return;
          readerFailures++;
          log('The backend reader could not start; the primary serves reads', error);
        },
      )
      .finally(() => (readerStarting = null));
    return readerStarting;
  }

  async function dispatch(channel: string, input: unknown): Promise<Envelope<unknown>> {
    if (closed) return fail('internal', 'errors.hostUnreachable');
    if (isReadChannel(channel)) {
      if (reader.running) return (await reader.get()).call(channel, input);
      void startReader();
    }
    try {
      return (await primary.get()).call(channel, input);
    } catch (error) {
      // The primary could not start again after a crash: say why, as the first start would.
      if (error instanceof DomainError) return fail(error.code, error.message);
      log('The backend could not be restarted', error);
      return fail('internal', 'errors.backendStopped');
    }
  }

  // Both workers load their code side by side; the primary's error, if any, is the start's error.
  const primaryStart = primary.get();
  const readerStart = startReader();
  const { databaseFile } = await primaryStart.catch(async (error: unknown) => {
    await readerStart;
    throw error;
  });
  await readerStart;
  return {
    databaseFile,
    dispatch,
    onEvent(listener: EventListener) {
      events.on('event', listener);
      return () => events.off('event', listener);
    },
    async restart() {
      await reader.stop();
      await primary.stop();
      readerFailures = 0;
      const primaryStart = primary.get();
      await startReader();
      await primaryStart;
    },
    async close() {
      closed = true;
      // The reader first: the last connection to close checkpoints the write-ahead log.
      await reader.stop();
      await primary.stop();
      events.removeAllListeners();
    },
  };
}
