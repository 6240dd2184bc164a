import { EventEmitter } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventName } from '../../../shared/api/channel-names';
import { nestingIssue } from '../../../shared/api/clean-text';
import { fail, type Envelope } from '../../../shared/api/envelope';
import type { BackendPort, EventListener } from '../backend';
import { noKeyStore, type KeyStore } from '../backup/key-store';
import { noDialogs, type Dialogs } from '../dialogs';
import { DomainError } from '../errors';
import type { HostMethod, HostRequests, WorkerStart } from './protocol';
import { isLongReadChannel, isReadChannel } from './read-channels';
import { startWorker, type WorkerConnection, type WorkerHooks } from './worker-connection';

export interface WorkerBackendOptions {
  dataDir: string;
  appVersion?: string;
  /** Also check every reply against its output schema (tests turn this on). */
  checkOutput?: boolean;
  /** The SQLite driver built for Electron's ABI (see scripts/build-electron-native). */
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
   * Tests only: the workers' clock starts at this instant (ms since the epoch) and runs on from
   * there, so that "today" at the desk never depends on the day the tests run.
   */
  now?: number;
  /** Where the key of an encrypted database may be remembered (the desktop app's keychain). */
  keyStore?: KeyStore;
  /** Make the daily backup while running (the shells turn it on). */
  dailyBackups?: boolean;
  /**
   * Prepare the PDF layer in each worker soon after it starts (see pdf/warm-up.ts), so that the
   * first programme or badges PDF does not pay for reading the fonts. The shells turn it on; off
   * by default, so tests and benches that start many backends do not pay for it each time.
   */
  warmUpPdf?: boolean;
}

/**
 * When a worker starts its PDF warm-up after opening: the one that makes the programme (the
 * export worker, or the primary alone) soon; the primary beside it (it makes badges, which
 * write) later, so the two warm-ups do not compete with each other and the first screen. The
 * reader of the screens makes no documents and holds no fonts.
 */
const WARM_UP_PDF_SOON_MS = 200;
const WARM_UP_PDF_LATER_MS = 10_000;

/** The backend running in worker threads, with the surface of createBackend's. */
export interface WorkerBackend extends BackendPort {
  readonly databaseFile: string;
  /** A reader serves the read channels now (not while the database is locked or read-only). */
  readonly readerRunning: boolean;
  /** The export worker serves the long reads now (started soon after the reader). */
  readonly exporterRunning: boolean;
  /** Stops the workers and starts them again; after a crash this happens by itself. */
  restart(): Promise<void>;
  close(): Promise<void>;
  /** Tests only (with `now`): moves the workers' clock on by `ms`. */
  advanceClock(ms: number): void;
}

/** A reader that keeps failing to start is given up on; reads then go to the primary. */
const READER_START_ATTEMPTS = 3;

/** How long after the reader the export worker starts (its warm-up then steps aside for calls). */
const EXPORTER_START_DELAY_MS = 0;

function defaultWorkerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts'))
    throw new Error('Pass workerFile: the built backend-worker.js that sits beside the bundle.');
  return path.join(path.dirname(here), 'backend-worker.ts');
}

type HostAnswers = {
  [M in HostMethod]: (args: HostRequests[M]['args']) => Promise<HostRequests[M]['result']>;
};

/** What the host answers when a worker asks for a native dialog. */
function dialogAnswers(dialogs: Dialogs): Pick<HostAnswers, `dialogs.${string}` & HostMethod> {
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
  const keyStore = options.keyStore ?? noKeyStore;
  // The key of an encrypted database lives here, in the host, so that a worker started again
  // (after a crash, a restore or for reading) opens the file without asking the user again.
  let key: string | null = keyStore.recall();
  let readerAllowed = false;
  const base: Omit<WorkerStart, 'role'> = {
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    checkOutput: options.checkOutput,
    nativeBinding: options.nativeBinding,
    dialogsAvailable: (options.dialogs ?? noDialogs).available,
    ...(options.now === undefined ? {} : { clockOffsetMs: options.now - Date.now() }),
    dailyBackups: options.dailyBackups,
  };
  const startData = (role: WorkerStart['role']): WorkerStart => ({
    ...base,
    role,
    key,
    keyStore: { ...keyStore.status(), remembered: key !== null && keyStore.recall() === key },
  });
  const answers: HostAnswers = {
    ...dialogAnswers(options.dialogs ?? noDialogs),
    'session.update': async (change) => {
      key = change.key;
      if (change.remember === true && change.key) await keyStore.remember(change.key);
      else if (change.remember === false) await keyStore.forget();
      readerAllowed = change.readerAllowed;
      // The export worker must never read the file as it was: it starts again at the next export.
      await exporter.stop();
      // The reader reopens the file as it now is (another key, a restored file), in its thread.
      await reader.suspend();
      if (!readerAllowed) return;
      readerFailures = 0;
      const resumed = await reader.resume(key).then(
        (done) => done,
        (error: unknown) => (log('The backend reader could not reopen', error), false),
      );
      // A reader that must load its code first starts in the background: reads go to the
      // primary meanwhile, and the unlock or restore answers without waiting for it.
      if (!resumed) {
        await reader.stop();
        void startReader();
      }
      startExporter();
    },
    'session.stopReader': async () => {
      readerAllowed = false;
      await exporter.stop();
      await reader.suspend();
    },
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
  function slot(role: WorkerStart['role'], warmUpPdfAfterMs?: number) {
    let current: WorkerConnection | null = null;
    let starting: Promise<WorkerConnection> | null = null;
    return {
      get running() {
        return current?.running === true;
      },
      get suspended() {
        return current?.suspended === true;
      },
      /** The running worker, started (opening its database once `openWhen` resolves) if need be. */
      get(openWhen?: Promise<unknown>): Promise<WorkerConnection> {
        if (current?.running) return Promise.resolve(current);
        starting ??= startWorker(
          file,
          {
            ...startData(role),
            ...(options.warmUpPdf && warmUpPdfAfterMs !== undefined && { warmUpPdfAfterMs }),
          },
          hooks(role),
          openWhen,
        ).then(
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
      /** Moves the clock of the running (or starting) worker on; a later start gets `base`'s. */
      advanceClock(ms: number) {
        current?.advanceClock(ms);
        void starting?.then(
          (connection) => connection.advanceClock(ms),
          () => {},
        );
      },
      async stop() {
        const stopping = current ?? (await starting?.catch(() => null));
        current = null;
        await stopping?.close();
      },
      /** Closes the worker's database, keeping its thread (and loaded code) for resume(). */
      async suspend() {
        await (current ?? (await starting?.catch(() => null)))?.suspend();
      },
      /** Opens a suspended worker's database again; false when there is none to resume. */
      async resume(key: string | null): Promise<boolean> {
        if (!current?.suspended) return false;
        await current.resume(key);
        return true;
      },
    };
  }

  const wantReader = options.reader ?? true;
  const primary = slot('primary', wantReader ? WARM_UP_PDF_LATER_MS : WARM_UP_PDF_SOON_MS);
  const reader = slot('reader');
  // A second reader for long reads (exports), started soon after the first.
  const exporter = slot('reader', WARM_UP_PDF_SOON_MS);
  let readerFailures = 0;
  let exporterFailures = 0;
  let readerStarting: Promise<void> | null = null;
  let closed = false;

  /**
   * (Re)starts the reader: its code loads at once, its database opens once the primary is up (and
   * so the schema current). Reads go to the primary until then. Never rejects.
   */
  function startReader(firstStart = false): Promise<void> {
    if (readerStarting) return readerStarting;
    // On the first start the reader loads its code beside the primary, before anyone knows
    // whether the database can have a reader (it cannot while locked, damaged or read-only).
    const allowedNow = firstStart || readerAllowed;
    if (
      !wantReader ||
      !allowedNow ||
      closed ||
      reader.running ||
      readerFailures >= READER_START_ATTEMPTS
    )
      return Promise.resolve();
    if (reader.suspended)
      return reader.resume(key).then(
        () => void (readerFailures = 0),
        (error: unknown) => {
          readerFailures++;
          log('The backend reader could not reopen; the primary serves reads', error);
        },
      );
    let primaryFailed = false;
    let notAllowed = false;
    const primaryUp = primary.get().then(
      (connection) => {
        // What the primary found when it started; later, the session tells (session.update).
        if (firstStart) readerAllowed = connection.readerAllowed;
        if (!readerAllowed) {
          notAllowed = true;
          throw new Error('No reader for this database.');
        }
      },
      (error: unknown) => {
        primaryFailed = true;
        throw error;
      },
    );
    readerStarting = reader
      .get(primaryUp)
      .then(
        () => void (readerFailures = 0),
        (error: unknown) => {
          // When the primary cannot start, its own error is the one to report.
          if (primaryFailed || notAllowed) return;
          readerFailures++;
          log('The backend reader could not start; the primary serves reads', error);
        },
      )
      .finally(() => (readerStarting = null));
    return readerStarting;
  }

  /**
   * Starts the export worker in the background once the primary is up (so the schema is current),
   * where a reader is allowed; never rejects. Until it runs, long reads go where any read goes: a
   * worker that must load its code and fonts first would make the first export wait far longer
   * (tens of seconds on a busy machine), so it is started ahead of the first export.
   */
  function startExporter(): void {
    if (!wantReader || !readerAllowed || closed || exporterFailures >= READER_START_ATTEMPTS)
      return;
    exporter.get(primary.get()).then(
      () => void (exporterFailures = 0),
      (error: unknown) => {
        exporterFailures++;
        log('The backend export worker could not start; the reader serves exports', error);
      },
    );
  }

  async function dispatch(channel: string, input: unknown): Promise<Envelope<unknown>> {
    if (closed) return fail('internal', 'errors.hostUnreachable');
    // Crossing to a worker clones the input recursively: absurd nesting is refused here, in a
    // sentence, before it can overflow this thread's stack (the dispatcher checks it again).
    const tooDeep = nestingIssue(input);
    if (tooDeep) return fail('validation', 'Some fields need attention.', [tooDeep]);
    if (isLongReadChannel(channel)) {
      if (exporter.running) return (await exporter.get()).call(channel, input);
      startExporter();
    }
    if (isReadChannel(channel)) {
      if (reader.running) {
        const reply = await (await reader.get()).call(channel, input);
        // The reader found damage: the primary must learn it (and stop writing), so it answers.
        if (reply.ok || reply.error.code !== 'database_damaged') return reply;
        readerAllowed = false;
        await reader.stop();
      } else void startReader();
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
  const readerStart = startReader(true);
  const { databaseFile } = await primaryStart.catch(async (error: unknown) => {
    await readerStart;
    throw error;
  });
  await readerStart;
  setTimeout(startExporter, EXPORTER_START_DELAY_MS).unref();
  return {
    databaseFile,
    get readerRunning() {
      return reader.running;
    },
    get exporterRunning() {
      return exporter.running;
    },
    dispatch,
    onEvent(listener: EventListener) {
      events.on('event', listener);
      return () => events.off('event', listener);
    },
    async restart() {
      await exporter.stop();
      await reader.stop();
      await primary.stop();
      readerFailures = 0;
      const primaryStart = primary.get();
      await startReader(true);
      await primaryStart;
      startExporter();
    },
    advanceClock(ms: number) {
      if (base.clockOffsetMs === undefined) throw new Error('advanceClock needs the `now` option.');
      base.clockOffsetMs += ms;
      primary.advanceClock(ms);
      reader.advanceClock(ms);
      exporter.advanceClock(ms);
    },
    async close() {
      closed = true;
      // The readers first: the last connection to close checkpoints the write-ahead log.
      await exporter.stop();
      await reader.stop();
      await primary.stop();
      events.removeAllListeners();
    },
  };
}
