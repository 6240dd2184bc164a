import fs from 'node:fs';
import path from 'node:path';
import {
  backupsToDelete,
  parseBackupName,
  type ParsedBackupName,
} from '../../../shared/domain/backup-rotation';
import type { BackupInfo } from '../../../shared/api/backup';
import { fileFormat } from '../db/database-key';
import { companionsOf, ensurePrivateFolder, syncFolder } from '../db/private-files';

/**
 * The backups folder beside the database, and the folder where a file that had to be replaced
 * (damaged, or unreadable) is set aside rather than deleted: it may still hold what someone needs.
 */
export const BACKUPS_FOLDER = 'backups';
export const SET_ASIDE_FOLDER = 'set-aside';
/** A backup being written or re-keyed; it gets its real name only once verified. */
export const PARTIAL_SUFFIX = '.partial';

export const backupsDirOf = (dataDir: string) => path.join(dataDir, BACKUPS_FOLDER);

export interface BackupFile extends ParsedBackupName {
  file: string;
}

/** Every finished backup in the folder, newest first; other files are ignored. */
export function listBackupFiles(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => parseBackupName(name))
    .filter((b): b is ParsedBackupName => b !== null)
    .map((b) => ({ ...b, file: path.join(dir, b.name) }))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** What the contract says about one backup (its size, and whether it is encrypted). */
export function describeBackup(backup: BackupFile): BackupInfo | null {
  try {
    return {
      name: backup.name,
      kind: backup.kind,
      createdAt: backup.createdAt.toISOString(),
      bytes: fs.statSync(backup.file).size,
      encrypted: fileFormat(backup.file) === 'other',
    };
  } catch {
    return null; // Deleted meanwhile.
  }
}

export function describeBackups(dir: string): BackupInfo[] {
  return listBackupFiles(dir)
    .map(describeBackup)
    .filter((b): b is BackupInfo => b !== null);
}

/** Backups that a crash interrupted before they were verified: never usable, so removed. */
export function removePartialBackups(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names)
    if (name.includes(PARTIAL_SUFFIX)) fs.rmSync(path.join(dir, name), { force: true });
}

/** Applies the rotation (7 daily, 4 weekly, the newest few); returns the names deleted. */
export function pruneBackups(dir: string): string[] {
  const doomed = backupsToDelete(listBackupFiles(dir));
  for (const name of doomed) fs.rmSync(path.join(dir, name), { force: true });
  if (doomed.length) syncFolder(dir);
  return doomed;
}

/**
 * Moves a database file that is about to be replaced (and its journal files) into the set-aside
 * folder. A rename, not a copy: the file is closed by then, and nothing is lost if it was the only
 * copy of something.
 */
export function setAside(dataDir: string, file: string, now: Date): string | null {
  if (!fs.existsSync(file)) return null;
  const folder = path.join(dataDir, SET_ASIDE_FOLDER);
  ensurePrivateFolder(folder);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(folder, `${path.basename(file, '.sqlite')}-${stamp}.sqlite`);
  fs.renameSync(file, target);
  for (const companion of companionsOf(file))
    if (fs.existsSync(companion))
      fs.renameSync(companion, `${target}${companion.slice(file.length)}`);
  syncFolder(folder);
  syncFolder(path.dirname(file));
  return target;
}
