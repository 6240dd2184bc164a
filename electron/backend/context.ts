import type { Db } from './db/connection';
import type { EventName } from '../../shared/api';
import type { EventPayload } from '../../shared/api/events';
import type { Dialogs } from './dialogs';

/** What every feature's handlers receive: the open database and a way to tell the UI of changes. */
export interface BackendContext {
  db: Db;
  dataDir: string;
  databaseFile: string;
  appVersion: string;
  dialogs: Dialogs;
  /** Now, in milliseconds since the epoch: "today" at the desk is the meeting's today by this clock. */
  clock: () => number;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}
