import path from 'node:path';
import { ensureWritableFolder } from '../data-dir';
import { DomainError } from '../errors';
import { applyKey, type DatabaseKey } from './database-key';
import { quickCheck } from './integrity';
import { assertNotNewer, latestVersion, migrate, type Migration } from './migrate';
import { migrations as allMigrations } from './migrations';
import { companionsOf, createPrivateFile, keepPrivate } from './private-files';
import { Database } from './sqlite';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of the driver's native addon, for the Electron build (see scripts/build-electron-native). */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  /**
   * A second connection that serves reads beside the writer (see electron/backend/worker): it
   * never migrates and expects the schema the writer has just brought up to date.
   */
  reader?: boolean;
  /** The key of an encrypted database (see database-key.ts); none for a plain one. */
  key?: DatabaseKey | null;
  /** Opens without writing a byte: no journal-mode change, no migration; SQLite refuses writes. */
  readOnly?: boolean;
  /** Runs PRAGMA quick_check before anything is written, and refuses a damaged file. */
  quickCheck?: boolean;
  /** The file's name in messages, when `file` is a copy of it. */
  label?: string;
  /** Runs before pending migrations change a database that holds data (to back it up). */
  beforeMigrate?: (db: Db, from: number, to: number) => void;
}

export const DATABASE_FILE = 'plenary.sqlite';

/** The file is not a SQLite database, or not under this key (SQLITE_NOTADB). */
export class NotADatabaseError extends DomainError {
  constructor(file: string) {
    super(
      'database_unreadable',
      `The file ${file} is not a Plenary database, or it is encrypted with another key, or damaged. It was not changed.`,
    );
  }
}

/** SQLite found damage in the file (quick_check, or SQLITE_CORRUPT on the way in). */
export class DatabaseDamagedError extends DomainError {
  constructor(readonly problems: string[]) {
    super('database_damaged', 'errors.databaseDamaged');
  }
}

const sqliteCode = (error: unknown): string =>
  typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : '';

/**
 * Opens (creating when missing, private) the database file, checks it can be read, is sound and is
 * not newer than this app before writing anything, then sets the pragmas and applies pending
 * migrations. A read-only open writes nothing at all.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const readOnly = options.readOnly === true;
  if (!readOnly && !options.reader) {
    ensureWritableFolder(path.dirname(file));
    createPrivateFile(file);
  }
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.reader || readOnly ? { fileMustExist: true } : {}),
    ...(readOnly ? { readonly: true } : {}),
  });
  try {
    applyKey(db, options.key);
    // Reading the header first: a newer or foreign file must be left exactly as it was.
    const migrations = options.migrations ?? allMigrations;
    const version = readUserVersion(db, options.label ?? file);
    assertNotNewer(version, latestVersion(migrations));
    if (options.quickCheck) {
      const problems = quickCheck(db);
      if (problems.length) throw new DatabaseDamagedError(problems);
    }
    if (!readOnly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Deleted rows are overwritten, not left in free pages: anonymising or deleting a person
    // (privacy/) must leave no readable copy of their data, passports included, in the file.
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    if (readOnly) {
      if (version !== latestVersion(migrations))
        throw new DomainError(
          'read_only',
          `The database ${options.label ?? file} needs updating to this version of Plenary, but it is read-only. Make it writable, or open it with the version that wrote it.`,
        );
    } else if (options.reader) {
      if (version !== latestVersion(migrations))
        throw new Error(`The reader found schema ${version}; the writer should have migrated it.`);
    } else {
      if (version > 0 && version < latestVersion(migrations))
        options.beforeMigrate?.(db, version, latestVersion(migrations));
      migrate(db, migrations);
      for (const own of [file, ...companionsOf(file)]) keepPrivate(own);
    }
    return db;
  } catch (error) {
    db.close();
    if (sqliteCode(error).startsWith('SQLITE_CORRUPT'))
      throw new DatabaseDamagedError([(error as Error).message]);
    throw error;
  }
}

function readUserVersion(db: Db, file: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    if (sqliteCode(error) === 'SQLITE_NOTADB') throw new NotADatabaseError(file);
    if (sqliteCode(error).startsWith('SQLITE_CORRUPT'))
      throw new DatabaseDamagedError([(error as Error).message]);
    const detail = error instanceof Error ? error.message : String(error);
    throw new DomainError(
      'database_unreadable',
      `The file ${file} is not a Plenary database or is damaged (${detail}). It was not changed.`,
    );
  }
}
