import fs from 'node:fs';
import path from 'node:path';
import { backupName, type BackupKind } from '../../../shared/domain/backup-rotation';
import type { Db } from '../db/connection';
import { applyKey, rekeyConnection, type DatabaseKey } from '../db/database-key';
import { quickCheck } from '../db/integrity';
import { createPrivateFile, ensurePrivateFolder, replaceFile, syncFile } from '../db/private-files';
import { Database } from '../db/sqlite';
import { reasonInWords } from '../data-dir';
import { DomainError } from '../errors';
import { PARTIAL_SUFFIX, type BackupFile } from './backup-files';

/**
 * Writing backups. Never a file copy of the live database (which could catch it between two
 * writes): SQLite copies a consistent snapshot while the app keeps working. A plain database goes
 * through the online backup API (db.backup(), which copies a few pages at a time and lets other
 * calls run in between). An encrypted one goes through VACUUM INTO, SQLite's other online copy:
 * the driver's backup API cannot give the new file a key (it refuses, "incompatible source and
 * target databases"), whereas VACUUM INTO writes it with the same cipher, key and salt, so the
 * backup opens with the same passphrase and is never plain on disk, not even for a moment.
 * Every backup is written under a temporary name, verified (opened with the key, quick_check),
 * flushed to disk and only then renamed: a backup with its real name is always a good one.
 */

export interface BackupTarget {
  dir: string;
  kind: BackupKind;
  key: DatabaseKey | null;
  now: Date;
  nativeBinding?: string;
}

/** A free name for a backup made at `now` (two in the same millisecond get the next one). */
function freshName(dir: string, kind: BackupKind, now: Date): { name: string; at: Date } {
  let at = now;
  while (fs.existsSync(path.join(dir, backupName(kind, at)))) at = new Date(at.getTime() + 1);
  return { name: backupName(kind, at), at };
}

function failed(error: unknown, partial: string): DomainError {
  if (partial) fs.rmSync(partial, { force: true });
  if (error instanceof DomainError) return error;
  // A file-system error in words ("the disk is full"); SQLite's own message otherwise.
  const detail = (error as NodeJS.ErrnoException).syscall
    ? reasonInWords(error)
    : error instanceof Error
      ? error.message
      : String(error);
  return new DomainError(
    'backup_failed',
    `errors.backupFailed?detail=${encodeURIComponent(detail)}`,
  );
}

/**
 * Opens a database file on its own, with its key, and checks it is sound; returns its schema
 * version. Leaves it in rollback-journal mode, so a backup is one self-contained file.
 */
export function verifyDatabaseFile(
  file: string,
  key: DatabaseKey | null,
  nativeBinding?: string,
): number {
  const db = new Database(file, {
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    applyKey(db, key);
    const version = db.pragma('user_version', { simple: true }) as number;
    db.pragma('journal_mode = DELETE');
    const problems = quickCheck(db);
    if (problems.length)
      throw new DomainError(
        'database_damaged',
        `errors.backupDamaged?detail=${encodeURIComponent(problems[0]!)}`,
      );
    return version;
  } finally {
    db.close();
  }
}

function prepare(target: BackupTarget) {
  let name: string;
  let at: Date;
  let file: string;
  let partial = '';
  try {
    ensurePrivateFolder(target.dir);
    ({ name, at } = freshName(target.dir, target.kind, target.now));
    file = path.join(target.dir, name);
    partial = `${file}${PARTIAL_SUFFIX}`;
    fs.rmSync(partial, { force: true });
    // Created private and empty: VACUUM INTO and the backup API both write into it, keeping 0600.
    createPrivateFile(partial);
  } catch (error) {
    throw failed(error, partial);
  }
  const finish = (): BackupFile => {
    syncFile(partial);
    verifyDatabaseFile(partial, target.key, target.nativeBinding);
    syncFile(partial);
    replaceFile(partial, file);
    return { name, kind: target.kind, createdAt: at, file };
  };
  return { partial, finish };
}

/** A verified backup, written in one step (VACUUM INTO); used where nothing else may run meanwhile. */
export function writeBackupNow(db: Db, target: BackupTarget): BackupFile {
  const { partial, finish } = prepare(target);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    return finish();
  } catch (error) {
    throw failed(error, partial);
  }
}

/** A verified backup; a plain database is copied a few pages at a time, leaving room for calls. */
export async function writeBackup(db: Db, target: BackupTarget): Promise<BackupFile> {
  if (target.key) return writeBackupNow(db, target);
  const { partial, finish } = prepare(target);
  try {
    await db.backup(partial);
    return finish();
  } catch (error) {
    throw failed(error, partial);
  }
}

/**
 * A copy of a closed database file under another key (null: plain), verified, written beside
 * `target` and renamed onto it. Used to re-key backups and to prepare the file that replaces the
 * live database when its passphrase changes: the original is never modified in place, so a crash
 * at any moment leaves either the old file or the new one, whole.
 */
export function rekeyedCopy(
  source: string,
  target: string,
  from: DatabaseKey | null,
  to: DatabaseKey | null,
  nativeBinding?: string,
): void {
  const partial = `${target}${PARTIAL_SUFFIX}`;
  fs.rmSync(partial, { force: true });
  createPrivateFile(partial);
  try {
    fs.copyFileSync(source, partial);
    const db = new Database(partial, {
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    try {
      applyKey(db, from);
      rekeyConnection(db, to);
    } finally {
      db.close();
    }
    syncFile(partial);
    verifyDatabaseFile(partial, to, nativeBinding);
    replaceFile(partial, target);
  } catch (error) {
    throw failed(error, partial);
  }
}
