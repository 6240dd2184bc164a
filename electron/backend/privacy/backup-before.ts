import type { BackendContext, IrreversibleChange } from '../context';

export type { IrreversibleChange };

/** Where the backup made before the change was written. */
export interface BackupOutcome {
  file: string;
}

/** Makes a verified backup and says where, or throws (then the change does not happen). */
export type BackupBeforeIrreversible = (reason: IrreversibleChange) => Promise<BackupOutcome>;

/**
 * Anonymisation and "delete everywhere" cannot be undone, so they back the database up first,
 * through the backup slice: a backup of its own kind ("Before anonymising", "Before deleting a
 * person" in Settings' list, where it can be restored), verified, and kept by the rotation like
 * the backups made before imports. If it cannot be made, the change is not made.
 */
export function backupBeforeIrreversible(ctx: BackendContext): BackupBeforeIrreversible {
  return (reason) => ctx.safety.backupBeforeIrreversible(reason);
}
