import type { BackendContext } from '../context';

/** Why a backup is asked for: the change it comes before cannot be undone. */
export type IrreversibleChange = 'retention' | 'erasure';

/** Where the backup made before the change was written. */
export interface BackupOutcome {
  file: string;
}

/** Makes a verified backup and says where, or throws (then the change does not happen). */
export type BackupBeforeIrreversible = (reason: IrreversibleChange) => Promise<BackupOutcome>;

/**
 * THE HOOK FOR THE BACKUP SLICE. Anonymisation and "delete everywhere" cannot be undone, so they
 * back up the database first, through whatever this returns. The backup slice (built on another
 * branch) plugs its "back up now" in here, e.g. `return (reason) => backupNow(ctx, reason)`.
 * Until then this returns null: no backup is made, and the screens say so before the user
 * confirms (RetentionPreview.backupFirst, ErasurePreview.backupFirst).
 */
export function backupBeforeIrreversible(_ctx: BackendContext): BackupBeforeIrreversible | null {
  return null;
}
