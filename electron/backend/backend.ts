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

export interface Backend {
  dispatch: Dispatch;
  databaseFile: string;
  db: Db;
  /** Subscribes to every backend event; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void;
  close(): void;
}

/**
 * The whole backend, as both shells host it: one database connection, the handler table and an
 * event stream. Plain Node; it never imports electron.
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
