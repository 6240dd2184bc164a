import path from 'node:path';
import { Database } from './sqlite';
import { ensureWritableFolder } from '../data-dir';
import { DomainError } from '../errors';
import { assertNotNewer, latestVersion, migrate, type Migration } from './migrate';
import { migrations as allMigrations } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of better-sqlite3's native addon, for the Electron build (see scripts/build-electron-native). */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  /**
   * A second connection that serves reads beside the writer (see electron/backend/worker): it
   * never migrates and expects the schema the writer has just brought up to date.
   */
  reader?: boolean;
}

export const DATABASE_FILE = 'plenary.sqlite';

/**
 * Opens (creating when missing) the database file, checks it can be read and is not newer than this
 * app before writing anything, then sets the pragmas and applies pending migrations.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  ensureWritableFolder(path.dirname(file));
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.reader ? { fileMustExist: true } : {}),
  });
  try {
    // Reading the header first: a newer or foreign file must be left exactly as it was.
    const migrations = options.migrations ?? allMigrations;
    const version = readUserVersion(db, file);
    assertNotNewer(version, latestVersion(migrations));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.reader) migrate(db, migrations);
    else if (version !== latestVersion(migrations))
      throw new Error(`The reader found schema ${version}; the writer should have migrated it.`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function readUserVersion(db: Db, file: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DomainError(
      'database_unreadable',
      `The file ${file} is not a Plenary database or is damaged (${detail}). It was not changed.`,
    );
  }
}
