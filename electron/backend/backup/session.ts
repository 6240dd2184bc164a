import fs from 'node:fs';
import path from 'node:path';
import type {
  LOCKED_REASONS,
  READ_ONLY_REASONS,
  REMEMBER_REFUSALS,
} from '../../../shared/api/backup';
import { prepareDataFolder } from '../data-dir';
import {
  DATABASE_FILE,
  DatabaseDamagedError,
  NotADatabaseError,
  openDatabase,
  type Db,
} from '../db/connection';
import { applyKey, deriveKey, fileFormat, readSalt, type DatabaseKey } from '../db/database-key';
import type { Migration } from '../db/migrate';
import { companionsOf, isWritable, replaceFile } from '../db/private-files';
import { Database } from '../db/sqlite';
import { DomainError } from '../errors';
import {
  backupsDirOf,
  listBackupFiles,
  PARTIAL_SUFFIX,
  pruneBackups,
  removePartialBackups,
  setAside,
} from './backup-files';
import { writeBackupNow } from './backup-writer';
import { readOnlyCopy } from './read-only-copy';
import { readMarker } from './security-marker';

export type ReadOnlyReason = (typeof READ_ONLY_REASONS)[number];
export type LockedReason = (typeof LOCKED_REASONS)[number];
export type RememberRefusal = (typeof REMEMBER_REFUSALS)[number];

export type SessionState =
  | { kind: 'open'; db: Db; readOnly: ReadOnlyReason | null; dispose?: () => void }
  | { kind: 'locked'; reason: LockedReason }
  | { kind: 'damaged'; problems: string[] };

/** What the shell hosting the workers does for the session (see worker/worker-backend.ts). */
export interface SessionHost {
  /**
   * The key or the file changed (unlocked, re-keyed, restored, found damaged): the host keeps the
   * key for restarts, remembers or forgets it when asked, and runs a reader only when allowed.
   */
  update(change: {
    key: DatabaseKey | null;
    readerAllowed: boolean;
    remember?: boolean;
  }): Promise<void>;
  /** Stops the reader's connection before the file is replaced. */
  stopReader(): Promise<void>;
}

export const noSessionHost: SessionHost = {
  update: () => Promise.resolve(),
  stopReader: () => Promise.resolve(),
};

/** Whether this computer can keep the key (Electron's safeStorage), and whether it does. */
export interface KeyStoreStatus {
  available: boolean;
  refusal: RememberRefusal | null;
  remembered: boolean;
}

export const NO_KEY_STORE: KeyStoreStatus = {
  available: false,
  refusal: 'browserHost',
  remembered: false,
};

export interface SessionOptions {
  dataDir: string;
  /** The primary checks, migrates and writes; a reader opens the file as the primary left it. */
  reader?: boolean;
  key?: DatabaseKey | null;
  nativeBinding?: string;
  migrations?: readonly Migration[];
  host?: SessionHost;
  keyStore?: KeyStoreStatus;
  now?: () => Date;
}

const readerAllowedIn = (state: SessionState) => state.kind === 'open' && state.readOnly === null;

/** True when `key` decrypts the file; reads only (a wrong key never changes the file). */
export function keyOpens(file: string, key: DatabaseKey | null, nativeBinding?: string): boolean {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/**
 * The database file as the app holds it: open (maybe read-only), locked (waiting for its
 * passphrase) or damaged (refused until a backup is restored or the user asks to look at it
 * read-only). The start-up checks live here: the data folder, the file's format, quick_check, a
 * newer schema (refused untouched), read-only files and folders (opened read-only, nothing
 * written), and the backup before any migration.
 */
export function openSession(options: SessionOptions) {
  const { dataDir, nativeBinding } = options;
  const file = path.join(dataDir, DATABASE_FILE);
  const backupsDir = backupsDirOf(dataDir);
  const now = options.now ?? (() => new Date());
  const host = options.host ?? noSessionHost;
  let key: DatabaseKey | null = options.key ?? null;
  let keyStore: KeyStoreStatus = options.keyStore ?? NO_KEY_STORE;
  const listeners = new Set<() => void>();
  let busy = false;

  function backupBeforeMigration(db: Db) {
    writeBackupNow(db, {
      dir: backupsDir,
      kind: 'beforeMigration',
      key,
      now: now(),
      nativeBinding,
    });
    pruneBackups(backupsDir);
  }

  /** Opens the file with the current key (read-only: a private copy), or says why it cannot. */
  function openFile(readOnly: ReadOnlyReason | null, quickCheck = true): SessionState {
    const copy = readOnly ? readOnlyCopy(file) : null;
    try {
      const db = openDatabase(copy?.path ?? file, {
        key: fileFormat(file) === 'other' ? key : null,
        readOnly: readOnly !== null,
        quickCheck,
        label: file,
        beforeMigrate: backupBeforeMigration,
        ...(nativeBinding ? { nativeBinding } : {}),
        ...(options.migrations ? { migrations: options.migrations } : {}),
      });
      return { kind: 'open', db, readOnly, ...(copy ? { dispose: copy.dispose } : {}) };
    } catch (error) {
      copy?.dispose();
      if (error instanceof DatabaseDamagedError)
        return { kind: 'damaged', problems: error.problems };
      if (error instanceof NotADatabaseError) {
        if (fileFormat(file) === 'other')
          return { kind: 'locked', reason: key ? 'rememberedKeyRejected' : 'notPlain' };
        return { kind: 'damaged', problems: ['file is not a database'] };
      }
      throw error;
    }
  }

  function readOnlyReason(folderWritable: boolean): ReadOnlyReason | null {
    if (!isWritable(file)) return 'file';
    return folderWritable ? null : 'folder';
  }

  function start(): SessionState {
    const folder = prepareDataFolder(dataDir);
    if (folder.writable) {
      // What a crash left half-done: never finished, never used.
      removePartialBackups(backupsDir);
      removePartialBackups(dataDir);
    }
    const format = fileFormat(file);
    const hadData = listBackupFiles(backupsDir).length > 0;
    // An empty file is a first start that stopped before SQLite wrote its header, unless backups
    // show there was data: then it is a truncated database, and starting afresh would hide that.
    if (format === 'missing' || (format === 'empty' && !hadData)) {
      if (!folder.writable)
        throw new DomainError(
          'data_folder_unwritable',
          `Plenary's data folder ${dataDir} is read-only and holds no database yet; make it writable or choose another folder with --data-dir.`,
        );
      return openFile(null);
    }
    if (format === 'empty') return { kind: 'damaged', problems: ['the database file is empty'] };
    if (format === 'other' && !key)
      return { kind: 'locked', reason: readMarker(dataDir)?.encrypted ? 'encrypted' : 'notPlain' };
    const state = openFile(readOnlyReason(folder.writable));
    if (state.kind === 'locked' && state.reason === 'rememberedKeyRejected') {
      key = null;
      keyStore = { ...keyStore, remembered: false };
      // The key this computer remembered no longer opens the file: forget it.
      queueMicrotask(() => void host.update({ key: null, readerAllowed: false, remember: false }));
    }
    return state;
  }

  let state: SessionState = options.reader
    ? {
        kind: 'open',
        db: openDatabase(file, {
          reader: true,
          key,
          ...(nativeBinding ? { nativeBinding } : {}),
          ...(options.migrations ? { migrations: options.migrations } : {}),
        }),
        readOnly: null,
      }
    : start();

  const notify = () => listeners.forEach((listener) => listener());

  function closeDb() {
    if (state.kind !== 'open') return;
    if (state.db.open) {
      if (state.readOnly === null) state.db.pragma('wal_checkpoint(TRUNCATE)');
      state.db.close();
    }
    state.dispose?.();
  }

  /**
   * The start-up checks again, on the file as it is now; an error leaves the session damaged
   * (never holding a closed connection) and is passed on.
   */
  function restart(): void {
    try {
      state = start();
    } catch (error) {
      state = {
        kind: 'damaged',
        problems: [error instanceof Error ? error.message : String(error)],
      };
      throw error;
    } finally {
      notify();
    }
  }

  async function tellHost(remember?: boolean) {
    if (remember !== undefined)
      keyStore = { ...keyStore, remembered: remember && keyStore.available && key !== null };
    await host.update({
      key,
      readerAllowed: readerAllowedIn(state),
      ...(remember === undefined ? {} : { remember: remember && keyStore.available }),
    });
  }

  return {
    file,
    dataDir,
    backupsDir,
    nativeBinding,
    now,
    get state(): SessionState {
      return state;
    },
    get key(): DatabaseKey | null {
      return key;
    },
    get keyStore(): KeyStoreStatus {
      return keyStore;
    },
    get busy(): boolean {
      return busy;
    },
    /** The open connection, or the reason the app cannot use the database now. */
    db(): Db {
      if (busy) throw new DomainError('busy', 'errors.busy');
      if (state.kind === 'open') return state.db;
      if (state.kind === 'locked')
        throw new DomainError('database_locked', 'errors.databaseLocked');
      throw new DomainError('database_damaged', 'errors.databaseDamaged');
    },
    /** Called whenever the connection changes (opened, replaced, closed). */
    onChange(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Opens an encrypted database with its passphrase; a wrong one changes nothing at all. */
    async unlock(passphrase: string, remember: boolean): Promise<void> {
      if (state.kind !== 'locked') return;
      const salt = readSalt(file);
      const candidate = salt ? await deriveKey(passphrase, salt) : null;
      if (!candidate || !keyOpens(file, candidate, nativeBinding))
        throw new DomainError('wrong_passphrase', 'errors.wrongPassphrase');
      key = candidate;
      try {
        state = start();
      } catch (error) {
        // A file this version cannot open (a newer schema) stays locked, and untouched.
        key = null;
        throw error;
      }
      notify();
      await tellHost(remember);
    },
    /** Opens a damaged file read-only, so what can still be read can be seen (never written). */
    async openReadOnly(): Promise<void> {
      if (state.kind !== 'damaged') return;
      let opened: SessionState;
      try {
        opened = openFile('damaged', false);
      } catch {
        throw new DomainError('database_damaged', 'errors.cannotOpenDamaged');
      }
      if (opened.kind !== 'open')
        throw new DomainError('database_damaged', 'errors.cannotOpenDamaged');
      state = opened;
      notify();
      await tellHost();
    },
    /** A read or write found damage while the app ran: stop writing at once. */
    markDamaged(problem: string): void {
      if (state.kind !== 'open' || state.readOnly === 'damaged') return;
      if (state.db.open) state.db.close();
      state.dispose?.();
      state = { kind: 'damaged', problems: [problem] };
      notify();
      void tellHost();
    },
    /** Remembers (or forgets) the current key on this computer. */
    async setRemember(remember: boolean): Promise<void> {
      await tellHost(remember && key !== null);
    },
    /**
     * Runs `work` with every other call refused (`busy`) once the calls in flight have finished:
     * replacing or re-keying the file must not race a write. `inFlight` counts the calls running.
     */
    async exclusive<T>(inFlight: () => number, work: () => Promise<T>): Promise<T> {
      if (busy) throw new DomainError('busy', 'errors.busy');
      busy = true;
      try {
        for (let waited = 0; inFlight() > 0; waited += 20) {
          if (waited > 30_000) throw new DomainError('busy', 'errors.busy');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return await work();
      } finally {
        busy = false;
      }
    },
    /**
     * Puts `replacement` (a finished, verified file in the data folder) in place of the database
     * and opens it with `newKey`. The current file is closed first (the reader too); a file that
     * could not be opened is set aside rather than overwritten. A rename, so a crash leaves
     * either the old file or the new one. Another program holding the file stops it unchanged.
     */
    async replaceWith(replacement: string, newKey: DatabaseKey | null): Promise<void> {
      await host.stopReader();
      const keepOld = state.kind !== 'open' || state.readOnly === 'damaged';
      try {
        closeDb();
        if (companionsOf(file).some((companion) => fs.existsSync(companion))) {
          restart();
          throw new DomainError('busy', 'errors.databaseInUse');
        }
        if (keepOld) setAside(dataDir, file, now());
        replaceFile(replacement, file);
        key = newKey;
        restart();
      } finally {
        fs.rmSync(replacement, { force: true });
        await tellHost();
      }
    },
    /** A scratch file name in the data folder for a file that may replace the database. */
    scratchFile(purpose: string): string {
      return path.join(dataDir, `${DATABASE_FILE}.${purpose}${PARTIAL_SUFFIX}`);
    },
    /** The current key again, after a passphrase change (the file itself is already re-keyed). */
    async changeKey(newKey: DatabaseKey | null, remember?: boolean): Promise<void> {
      key = newKey;
      await tellHost(remember);
    },
    close(): void {
      closeDb();
    },
  };
}

export type DatabaseSession = ReturnType<typeof openSession>;
