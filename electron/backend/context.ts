import type { Db } from './db/connection';
import type { EventName } from '../../shared/api';
import type { EventPayload } from '../../shared/api/events';
import type { Dialogs } from './dialogs';

/** A change that cannot be undone, so a backup is made before it. */
export type IrreversibleChange = 'retention' | 'erasure';

/** What every feature's handlers receive: the open database and a way to tell the UI of changes. */
export interface BackendContext {
  db: Db;
  dataDir: string;
  databaseFile: string;
  appVersion: string;
  dialogs: Dialogs;
  /** Now, in milliseconds since the epoch: "today" at the desk is the meeting's today by this clock. */
  clock: () => number;
  /**
   * The backup slice's hooks for other slices: a backup before every import, and before every
   * change that cannot be undone (it says where it was written). Each throws when the backup
   * could not be made and verified: then the import or the change does not happen.
   */
  safety: {
    backupBeforeImport(): Promise<void>;
    backupBeforeIrreversible(change: IrreversibleChange): Promise<{ file: string }>;
  };
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}
