import { EventEmitter } from 'node:events';
import { contract, type Channel, type EventName } from '../../shared/api';
import type { OpenOptions } from './db/connection';
import type { Db } from './db/connection';
import type { DatabaseKey } from './db/database-key';
import { createDispatcher, type Dispatch, type DispatchOptions } from './dispatch';
import { createHandlerTable, type FeatureTable } from './handlers';
import { noDialogs, type Dialogs } from './dialogs';
import type { BackendContext } from './context';
import type { HandlerTable } from './handler-types';
import { backupHandlers } from './backup/backup.handlers';
import { createBackupService, type BackupService } from './backup/backup.service';
import { createPassphraseService } from './backup/passphrase.service';
import {
  openSession,
  type DatabaseSession,
  type KeyStoreStatus,
  type SessionHost,
} from './backup/session';

export interface BackendOptions
  extends Pick<OpenOptions, 'nativeBinding' | 'migrations' | 'reader'>, DispatchOptions {
  dataDir: string;
  appVersion?: string;
  dialogs?: Dialogs;
  /** The time as milliseconds since the epoch; tests give a fixed day, the app the real clock. */
  clock?: () => number;
  /** The key of an encrypted database, when the host has it (remembered, or after an unlock). */
  key?: DatabaseKey | null;
  /** The shell's side of the session (the reader's life, remembering the key). */
  host?: SessionHost;
  keyStore?: KeyStoreStatus;
  now?: () => Date;
  /** Make the daily backup while running (the shells' primary); tests and scripts leave it off. */
  dailyBackups?: boolean;
}

export type EventListener = (event: EventName, payload: unknown) => void;

/** What a shell uses of a backend, whether it runs in this thread or in a worker. */
export interface BackendPort {
  dispatch: Dispatch;
  /** Subscribes to every backend event; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void;
}

export interface Backend extends BackendPort {
  databaseFile: string;
  /** The open connection; throws while the database is locked or damaged. */
  readonly db: Db;
  session: DatabaseSession;
  backups: BackupService;
  close(): void;
}

type AnyHandler = (input: unknown) => unknown;

/**
 * Every channel of the contract: the `backup` slice's own handlers, which work in any state, and
 * the features' handlers behind a gate that explains why the database cannot be used (locked,
 * damaged, busy restoring) and counts the calls in flight, which a restore waits for.
 */
function gatedTable(
  own: Partial<Record<Channel, AnyHandler>>,
  features: () => FeatureTable | null,
  session: DatabaseSession,
) {
  let inFlight = 0;
  const table: Partial<Record<Channel, AnyHandler>> = {};
  for (const channel of Object.keys(contract) as Channel[]) {
    table[channel] =
      own[channel] ??
      (async (input: unknown) => {
        session.db();
        const current = features();
        if (!current) return session.db();
        inFlight++;
        try {
          return await (current[channel as keyof FeatureTable] as AnyHandler)(input);
        } finally {
          inFlight--;
        }
      });
  }
  return { table: table as HandlerTable, inFlight: () => inFlight };
}

/**
 * The whole backend in this thread: the database session, the handler table and an event stream.
 * Plain Node; it never imports electron. The shells run it in worker threads (see
 * worker/worker-backend.ts); tests and scripts call it directly.
 */
export function createBackend(options: BackendOptions): Backend {
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const log = options.log ?? ((message: string, error: unknown) => console.error(message, error));
  const session = openSession({
    dataDir: options.dataDir,
    reader: options.reader,
    key: options.key,
    nativeBinding: options.nativeBinding,
    migrations: options.migrations,
    host: options.host,
    keyStore: options.keyStore,
    // One time for the whole backend: a test's fixed clock also decides when the daily backup is due.
    now: options.now ?? (options.clock ? () => new Date(options.clock!()) : undefined),
  });
  let features: FeatureTable | null = null;
  const gate = gatedTable({}, () => features, session);
  const backups = createBackupService(session, gate.inFlight);
  const passphrases = createPassphraseService(session, gate.inFlight, log);
  const own = backupHandlers({ session, backups, passphrases }) as Record<string, AnyHandler>;
  Object.assign(gate.table, own);

  const build = () => {
    const { state } = session;
    if (state.kind !== 'open') return void (features = null);
    const ctx: BackendContext = {
      db: state.db,
      dataDir: options.dataDir,
      databaseFile: session.file,
      appVersion: options.appVersion ?? '0.0.0',
      dialogs: options.dialogs ?? noDialogs,
      clock: options.clock ?? Date.now,
      emit: (event, payload) => events.emit('event', event, payload),
      safety: {
        backupBeforeImport: () => backups.beforeImport(),
        backupBeforeIrreversible: (change) => backups.beforeIrreversible(change),
      },
    };
    features = createHandlerTable(ctx);
    // Set only now: building the table brings the country list up to date when it changed, a
    // write the writer has just done. From here on, a read channel that tried to write would fail.
    if (options.reader) state.db.pragma('query_only = ON');
  };
  build();
  session.onChange(build);

  const dispatch = createDispatcher(gate.table, {
    ...options,
    log,
    onSqliteFailure: (failure) => {
      if (failure.code === 'database_damaged') session.markDamaged(failure.detail);
      // The reader's connection is query-only: a write there is a channel listed by mistake.
      return !(options.reader && failure.code === 'read_only');
    },
  });
  const stopDaily = options.dailyBackups && !options.reader ? backups.scheduleDaily(log) : null;
  return {
    dispatch,
    databaseFile: session.file,
    get db() {
      return session.db();
    },
    session,
    backups,
    onEvent(listener) {
      events.on('event', listener);
      return () => events.off('event', listener);
    },
    close() {
      stopDaily?.();
      events.removeAllListeners();
      session.close();
    },
  };
}
