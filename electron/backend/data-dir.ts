import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from './errors';
import {
  ensurePrivateFolder,
  isWritable,
  keepPrivate,
  PRIVATE_FOLDER_MODE,
} from './db/private-files';

export const APP_NAME = 'Plenary';

/** The per-user folder Electron calls `userData`, computed the same way for the browser host. */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** Reads `--name value` or `--name=value` from argv. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  const flag = `--${name}`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // A following flag is not a value: `--data-dir --port 1` means the value is missing.
    if (arg === flag) return argv[i + 1]?.startsWith('--') ? undefined : argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1) || undefined;
  }
  return undefined;
}

/** Where the data lives: `--data-dir`, then PLENARY_DATA_DIR, then the user's app-data folder. */
export function resolveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  userData: string,
): string {
  const chosen = argValue(argv, 'data-dir') || env.PLENARY_DATA_DIR;
  return path.resolve(chosen && chosen.length > 0 ? chosen : userData);
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOTDIR: 'a part of that path is a file',
  // mkdir's answer when a file stands where a folder (the backups folder) should be.
  EEXIST: 'a file is where a folder should be',
  ENOSPC: 'the disk is full',
  ENAMETOOLONG: 'the path is too long',
};

/** A file-system error code in words, for messages that must not read like a stack trace. */
export const reasonInWords = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (code || String(error));
};

/**
 * Creates the data folder when missing (private: 0700) and says whether Plenary may write in it.
 * A folder it cannot create, or a file where the folder should be, is explained in one sentence
 * with the path, instead of surfacing later as a raw ENOTDIR or SQLITE_CANTOPEN. A read-only
 * folder is not an error here: a database already in it opens read-only.
 */
export function prepareDataFolder(dir: string): { writable: boolean } {
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(dir);
  } catch {
    // Missing (or unreachable): created below, which says why if it cannot be.
  }
  if (stat && !stat.isDirectory())
    throw new DomainError(
      'data_folder_invalid',
      `Plenary cannot keep its data in ${dir}: that is a file, not a folder (move the file away or choose another folder with --data-dir).`,
    );
  try {
    if (!stat) ensurePrivateFolder(dir);
  } catch (error) {
    throw new DomainError(
      'data_folder_unwritable',
      `Plenary cannot create its data folder ${dir} (${reasonInWords(error)}); choose a folder you can write to with --data-dir.`,
    );
  }
  const writable = isWritable(dir);
  if (writable) keepPrivate(dir, PRIVATE_FOLDER_MODE);
  return { writable };
}

/** Like prepareDataFolder, for callers that must write there (scripts that create a database). */
export function ensureWritableFolder(dir: string): void {
  if (!prepareDataFolder(dir).writable)
    throw new DomainError(
      'data_folder_unwritable',
      `Plenary cannot write to its data folder ${dir} (it is read-only); choose a folder you can write to with --data-dir.`,
    );
}
