import fs from 'node:fs';
import {
  deriveKey,
  newSalt,
  readSalt,
  rekeyConnection,
  type DatabaseKey,
} from '../db/database-key';
import { applyKey } from '../db/database-key';
import { createPrivateFile, syncFile } from '../db/private-files';
import { Database } from '../db/sqlite';
import { DomainError } from '../errors';
import { listBackupFiles } from './backup-files';
import { rekeyedCopy, verifyDatabaseFile } from './backup-writer';
import { writeMarker } from './security-marker';
import { keyOpens, type DatabaseSession } from './session';

/**
 * Setting, changing and removing the passphrase. The live file is never re-keyed in place (a
 * crash half-way could leave pages under two keys): a snapshot of it is taken (VACUUM INTO),
 * re-keyed, verified, and renamed over the database, with every other call held meanwhile so no
 * write can fall between the snapshot and the swap. Backups follow, so none stays readable
 * without the passphrase (or locked under one that no longer applies).
 */
export function createPassphraseService(
  session: DatabaseSession,
  inFlight: () => number,
  log: (message: string, error: unknown) => void,
) {
  const { nativeBinding } = session;

  function writableDb() {
    const { state } = session;
    if (state.kind !== 'open') return session.db();
    if (state.readOnly) throw new DomainError('read_only', 'errors.readOnlyDatabase');
    return state.db;
  }

  /** The current passphrase must match before the database changes key. */
  async function checkCurrent(current: string | null): Promise<void> {
    if (!session.key) return;
    const salt = readSalt(session.file);
    const given = current && salt ? await deriveKey(current, salt) : null;
    if (given !== session.key) throw new DomainError('wrong_passphrase', 'errors.wrongPassphrase');
  }

  /** A verified copy of the live database under `to`, ready to be renamed over it. */
  function snapshotUnder(to: DatabaseKey | null): string {
    const from = session.key;
    const snapshot = session.scratchFile('rekey');
    fs.rmSync(snapshot, { force: true });
    createPrivateFile(snapshot);
    try {
      writableDb().prepare('VACUUM INTO ?').run(snapshot);
      const db = new Database(snapshot, {
        fileMustExist: true,
        ...(nativeBinding ? { nativeBinding } : {}),
      });
      try {
        applyKey(db, from);
        rekeyConnection(db, to);
      } finally {
        db.close();
      }
      syncFile(snapshot);
      verifyDatabaseFile(snapshot, to, nativeBinding);
      return snapshot;
    } catch (error) {
      fs.rmSync(snapshot, { force: true });
      throw error;
    }
  }

  /** Re-keys every backup the old key opens; one that fails is left as it was (and logged). */
  function rekeyBackups(from: DatabaseKey | null, to: DatabaseKey | null): void {
    for (const backup of listBackupFiles(session.backupsDir)) {
      try {
        if (!keyOpens(backup.file, from, nativeBinding)) continue;
        rekeyedCopy(backup.file, backup.file, from, to, nativeBinding);
      } catch (error) {
        log(`The backup ${backup.name} could not be re-encrypted`, error);
      }
    }
  }

  async function changeKey(to: DatabaseKey | null, remember?: boolean): Promise<void> {
    const from = session.key;
    await session.exclusive(inFlight, async () => {
      const snapshot = snapshotUnder(to);
      await session.replaceWith(snapshot, to);
      writeMarker(session.dataDir, { encrypted: to !== null });
      rekeyBackups(from, to);
    });
    if (remember !== undefined || to === null) await session.setRemember(to !== null && !!remember);
  }

  return {
    /** Encrypts a plain database, or changes the passphrase of an encrypted one. */
    async set(current: string | null, passphrase: string, remember: boolean): Promise<void> {
      writableDb();
      await checkCurrent(current);
      await changeKey(await deriveKey(passphrase, newSalt()), remember);
    },
    /** Stores the database (and its backups) as plain SQLite again. */
    async remove(current: string): Promise<void> {
      writableDb();
      if (!session.key) return;
      await checkCurrent(current);
      await changeKey(null);
    },
    /** The user keeps a database plain that was expected to be encrypted: the warning stops. */
    keepUnencrypted(): void {
      if (session.key) return;
      writeMarker(session.dataDir, { encrypted: false });
    },
  };
}
