import path from 'node:path';
import { Database } from '../../electron/backend/db/sqlite';
import { afterEach } from 'vitest';
import { migrate } from '../../electron/backend/db/migrate';
import { migrations } from '../../electron/backend/db/migrations';
import { tempDir } from './helpers';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A new database file migrated up to and including `version`, and no further. */
export function databaseAt(version: number): Database.Database {
  const steps = migrations.filter((m) => m.version <= version);
  if (steps.at(-1)?.version !== version) throw new Error(`No migration has version ${version}.`);
  const db = new Database(path.join(tempDir(), 'm.sqlite'));
  open.push(db);
  db.pragma('foreign_keys = ON');
  migrate(db, steps);
  return db;
}

/** The names of the tables (and virtual tables) the schema holds. */
export function tableNames(db: Database.Database): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

/** The error SQLite gives for `sql`, or null when it runs. */
export function sqlError(db: Database.Database, sql: string, ...params: unknown[]): string | null {
  try {
    db.prepare(sql).run(...params);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
