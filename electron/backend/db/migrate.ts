import type { Database } from './sqlite';
import { DomainError } from '../errors';

/** One schema step; `version` is the user_version the database has once it has run. */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

/** Throws unless versions strictly increase, so a misplaced file is caught before it runs. */
export function assertOrdered(migrations: readonly Migration[]): void {
  migrations.reduce((previous, m) => {
    if (!Number.isInteger(m.version) || m.version <= previous)
      throw new Error(`Migration ${m.name} (${m.version}) is out of order after ${previous}.`);
    return m.version;
  }, 0);
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Refuses a schema this app does not know, before anything is written to the file. */
export function assertNotNewer(current: number, latest: number): void {
  if (current > latest)
    throw new DomainError(
      'database_too_new',
      `This database was written by a newer version of Plenary (schema ${current}; this version knows up to ${latest}). ` +
        'Install the newer version to open it. The file was not changed.',
    );
}

/**
 * Brings the database to the latest version: every pending step in one transaction, so a failure
 * leaves the file as it was. A database from a newer app is refused untouched.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number {
  assertOrdered(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestVersion(migrations);
  assertNotNewer(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return latest;
}
