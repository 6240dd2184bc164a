import fs from 'node:fs';
import type { BackupKind } from '../../../shared/domain/backup-rotation';
import { dailyBackupDue } from '../../../shared/domain/backup-rotation';
import type { BackupInfo, DatabaseStatus } from '../../../shared/api/backup';
import { deriveKey, fileFormat, readSalt, type DatabaseKey } from '../db/database-key';
import { createPrivateFile, syncFile } from '../db/private-files';
import type { IrreversibleChange } from '../context';
import { DomainError, notFound } from '../errors';
import {
  describeBackup,
  describeBackups,
  listBackupFiles,
  pruneBackups,
  type BackupFile,
} from './backup-files';
import { verifyDatabaseFile, writeBackup } from './backup-writer';
import { readMarker, writeMarker } from './security-marker';
import { keyOpens, type DatabaseSession } from './session';

const HOUR_MS = 3_600_000;

/**
 * Backups of the open database: on demand, before every import, daily while the app runs, and
 * before a restore; each verified, then the rotation applied. Restore puts a backup in place of
 * the database after backing the current one up.
 */
export function createBackupService(session: DatabaseSession, inFlight: () => number) {
  const { backupsDir, nativeBinding } = session;

  /** The open, writable connection a backup is made from, or why there is none. */
  function writableDb() {
    const { state } = session;
    if (state.kind !== 'open') return session.db();
    if (state.readOnly) throw new DomainError('read_only', 'errors.readOnlyDatabase');
    return state.db;
  }

  async function create(kind: BackupKind): Promise<BackupFile> {
    const made = await writeBackup(writableDb(), {
      dir: backupsDir,
      kind,
      key: session.key,
      now: session.now(),
      nativeBinding,
    });
    pruneBackups(backupsDir);
    return made;
  }

  function info(backup: BackupFile): BackupInfo {
    const described = describeBackup(backup);
    if (!described) throw notFound('The backup');
    return described;
  }

  /** The key that opens a backup: the current one, or the one its own passphrase gives. */
  async function keyFor(backup: BackupFile, passphrase?: string): Promise<DatabaseKey | null> {
    if (fileFormat(backup.file) === 'plain') return null;
    const salt = readSalt(backup.file);
    const candidates: (DatabaseKey | null)[] = [];
    if (passphrase && salt) candidates.push(await deriveKey(passphrase, salt));
    else if (session.key) candidates.push(session.key);
    const found = candidates.find((k) => keyOpens(backup.file, k, nativeBinding));
    if (found) return found;
    throw new DomainError(
      'wrong_passphrase',
      passphrase ? 'errors.backupPassphraseWrong' : 'errors.backupNeedsPassphrase',
    );
  }

  /** A private copy of the backup beside the database, checked: it is what gets renamed in. */
  function stage(backup: BackupFile, key: DatabaseKey | null): string {
    const staged = session.scratchFile('restore');
    fs.rmSync(staged, { force: true });
    createPrivateFile(staged);
    try {
      // A file copy is right here: a backup is a closed file, never a live database.
      fs.copyFileSync(backup.file, staged);
      syncFile(staged);
      verifyDatabaseFile(staged, key, nativeBinding);
      return staged;
    } catch (error) {
      fs.rmSync(staged, { force: true });
      throw error;
    }
  }

  return {
    list: () => ({ folder: backupsDir, backups: describeBackups(backupsDir) }),
    latest: (): BackupInfo | null => {
      const newest = listBackupFiles(backupsDir)[0];
      return newest ? describeBackup(newest) : null;
    },
    create: async (kind: BackupKind = 'manual') => info(await create(kind)),
    /** The backup before an import; an import that cannot be backed up does not start. */
    beforeImport: async (): Promise<void> => {
      await create('beforeImport');
    },
    /**
     * The backup before a change that cannot be undone (anonymising past retention dates,
     * deleting a person everywhere): verified like every backup; if it fails, the caller does
     * not make the change. It holds the data being removed, encrypted when the database is,
     * until the rotation deletes it.
     */
    beforeIrreversible: async (change: IrreversibleChange): Promise<{ file: string }> => {
      const made = await create(change === 'retention' ? 'beforeRetention' : 'beforeErasure');
      return { file: made.file };
    },
    delete(name: string): boolean {
      const backup = listBackupFiles(backupsDir).find((b) => b.name === name);
      if (!backup) return false;
      fs.rmSync(backup.file, { force: true });
      return true;
    },
    /** Makes the daily backup when none was made in the last day; false when not due or possible. */
    async dailyIfDue(): Promise<boolean> {
      const { state } = session;
      if (state.kind !== 'open' || state.readOnly || session.busy) return false;
      if (!dailyBackupDue(listBackupFiles(backupsDir), session.now())) return false;
      await create('daily');
      return true;
    },
    /** Checks for a due daily backup soon after start, then every hour; returns the stop function. */
    scheduleDaily(log: (message: string, error: unknown) => void): () => void {
      const run = () =>
        void this.dailyIfDue().catch((error: unknown) => log('The daily backup failed', error));
      const first = setTimeout(run, 60_000);
      const hourly = setInterval(run, HOUR_MS);
      first.unref();
      hourly.unref();
      return () => {
        clearTimeout(first);
        clearInterval(hourly);
      };
    },
    /**
     * Replaces the database with a backup. The current database is backed up first (when it can
     * be read; a damaged or unreadable one is set aside instead), and the backup must open with
     * the current key or the passphrase given for it.
     */
    async restore(name: string, passphrase?: string): Promise<void> {
      const backup = listBackupFiles(backupsDir).find((b) => b.name === name);
      if (!backup) throw notFound('The backup');
      const { state } = session;
      if (state.kind === 'open' && (state.readOnly === 'file' || state.readOnly === 'folder'))
        throw new DomainError('read_only', 'errors.readOnlyDatabase');
      const key = await keyFor(backup, passphrase);
      await session.exclusive(inFlight, async () => {
        const staged = stage(backup, key);
        try {
          if (session.state.kind === 'open' && !session.state.readOnly)
            await create('beforeRestore');
        } catch (error) {
          fs.rmSync(staged, { force: true });
          throw error;
        }
        await session.replaceWith(staged, key);
        const marker = readMarker(session.dataDir);
        if (marker && marker.encrypted !== (key !== null))
          writeMarker(session.dataDir, { encrypted: key !== null });
        else if (!marker && key) writeMarker(session.dataDir, { encrypted: true });
      });
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;

/** The session's state as the contract reports it. */
export function databaseStatus(session: DatabaseSession, backups: BackupService): DatabaseStatus {
  const { state, keyStore } = session;
  const encrypted = fileFormat(session.file) === 'other';
  const marker = readMarker(session.dataDir);
  return {
    state: state.kind,
    readOnly: state.kind === 'open' ? state.readOnly : null,
    lockedReason: state.kind === 'locked' ? state.reason : null,
    problems: state.kind === 'damaged' ? state.problems.slice(0, 20) : [],
    encrypted,
    plainWarning: state.kind === 'open' && !encrypted && marker?.encrypted === true,
    dataDir: session.dataDir,
    databaseFile: session.file,
    backupsDir: session.backupsDir,
    remember: {
      available: keyStore.available,
      refusal: keyStore.refusal,
      active: keyStore.remembered && session.key !== null,
    },
    latestBackup: backups.latest(),
  };
}
