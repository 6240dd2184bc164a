import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from './errors';

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

/**
 * Creates the data folder when missing and checks it can take the database and its journal, so a
 * wrong --data-dir is explained instead of surfacing as a raw ENOTDIR or SQLITE_CANTOPEN.
 */
export function ensureWritableFolder(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new DomainError(
      'data_folder_unwritable',
      `Plenary cannot write to its data folder ${dir} (${code}). Choose a folder you can write to, for example with --data-dir.`,
    );
  }
}
