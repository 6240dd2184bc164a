import fs from 'node:fs';
import path from 'node:path';

/**
 * The data folder and every file in it belong to the user alone (folder 0700, files 0600): the
 * database holds police officers' identities, and a laptop may have other accounts. SQLite gives
 * its -wal and -shm files the database file's permissions, so keeping that file private is enough
 * for them; backups are created private before anything is written into them.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/**
 * Whether we may write `target`: the system allows it, and its owner's write bit is set. The bit
 * is read too because a user who made the file read-only meant it even when the system would let
 * them write (an administrator account, or Windows' read-only attribute seen as mode 0444).
 */
export function isWritable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return (fs.statSync(target).mode & 0o200) !== 0;
  } catch {
    return false;
  }
}

/** Creates an empty file readable by its owner only; an existing file is left as it is. */
export function createPrivateFile(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** Takes group and other permissions away from a file or folder of ours; quiet when it cannot. */
export function keepPrivate(target: string, mode = PRIVATE_FILE_MODE): void {
  try {
    const current = fs.statSync(target).mode & 0o777;
    if ((current & 0o077) !== 0) fs.chmodSync(target, current & mode);
  } catch {
    // Not ours to change (or gone): reading still works, and nothing else depends on it.
  }
}

/** Creates a folder for our files (private), or tightens an existing one. */
export function ensurePrivateFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  keepPrivate(dir, PRIVATE_FOLDER_MODE);
}

/** Flushes a file's bytes to the disk, so a rename that follows never exposes a hollow file. */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename in it); not every system can, and then it is skipped. */
export function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; its renames are durable once they return.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Puts a finished file in place of `dest` in one step (same folder), and makes that durable. */
export function replaceFile(finished: string, dest: string): void {
  fs.renameSync(finished, dest);
  syncFolder(path.dirname(dest));
}

/** The SQLite companion files of a database (write-ahead log and its index, rollback journal). */
export const companionsOf = (file: string): string[] => [
  `${file}-wal`,
  `${file}-shm`,
  `${file}-journal`,
];

/** Writes a small file whole or not at all (a private file renamed into place). */
export function writePrivateFile(file: string, data: string | Uint8Array): void {
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  createPrivateFile(partial);
  fs.writeFileSync(partial, data);
  syncFile(partial);
  replaceFile(partial, file);
}
