import type { Db } from '../db/connection';
import type { BackupBeforeIrreversible, IrreversibleChange } from './backup-before';
import { createErasureService } from './erasure.service';
import { createRetentionService } from './retention.service';
import { createPrivacyRepo } from './privacy.repo';

/**
 * The irreversible operations with their backup first: if the backup fails, nothing changes.
 * `backup` is the backup slice's hook (backup-before.ts), or null while there is none.
 */
export function createPrivacyOperations(db: Db, backup: BackupBeforeIrreversible | null) {
  const retention = createRetentionService(db);
  const erasure = createErasureService(db);
  const repo = createPrivacyRepo(db);
  const backUp = async (reason: IrreversibleChange) => (backup ? await backup(reason) : null);
  return {
    retentionPreview: () => retention.preview(backup !== null),
    async applyRetention(anonymise: number[]) {
      const made = await backUp('retention');
      const done = retention.apply(anonymise);
      repo.flushRemovedData();
      return { ...done, backup: made };
    },
    erasurePreview: (personId: number) => erasure.preview(personId, backup !== null),
    async erasePerson(personId: number) {
      // A person who does not exist is said so before any backup is made.
      erasure.preview(personId, false);
      const made = await backUp('erasure');
      const done = erasure.erase(personId);
      repo.flushRemovedData();
      return { ...done, backup: made };
    },
  };
}
