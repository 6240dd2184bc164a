import path from 'node:path';
import { EventEmitter } from 'node:events';
import { openDatabase, DATABASE_FILE, type Db, type OpenOptions } from './db/connection';
import { createDispatcher, type Dispatch, type DispatchOptions } from './dispatch';
import { createHandlerTable } from './handlers';
import { noDialogs, type Dialogs } from './dialogs';
import type { EventName } from '../../shared/api';
import type { BackendContext } from './context';

export interface BackendOptions extends OpenOptions, DispatchOptions {
  dataDir: string;
  appVersion?: string;
  dialogs?: Dialogs;
  /** The time as milliseconds since the epoch; tests give a fixed day, the app the real clock. */
  clock?: () => number;
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
  db: Db;
  close(): void;
}

/**
 * The whole backend in this thread: one database connection, the handler table and an event
 * stream. Plain Node; it never imports electron. The shells run it in worker threads (see
 * worker/worker-backend.ts); tests and scripts call it directly.
 */
export function createBackend(options: BackendOptions): Backend {
  const databaseFile = path.join(options.dataDir, DATABASE_FILE);
  const db = openDatabase(databaseFile, options);
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const ctx: BackendContext = {
    db,
    dataDir: options.dataDir,
    databaseFile,
    appVersion: options.appVersion ?? '0.0.0',
    dialogs: options.dialogs ?? noDialogs,
    clock: options.clock ?? Date.now,
    emit: (event, payload) => events.emit('event', event, payload),
  };
  const dispatch = createDispatcher(createHandlerTable(ctx), options);
  // Set only now: building the table brings the country list up to date, an idempotent write the
  // writer has just done too. From here on, a read channel that tried to write would fail loudly.
  if (options.reader) db.pragma('query_only = ON');
  return {
    dispatch,
    databaseFile,
    db,
    onEvent(listener) {
      events.on('event', listener);
      return () => events.off('event', listener);
    },
    close() {
      events.removeAllListeners();
      if (db.open) db.close();
    },
  };
}
