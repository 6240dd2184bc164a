import type { Db } from './connection';

/** SQLite's own words for why a check could not even run (a page it cannot read). */
const failure = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * PRAGMA quick_check: every page and b-tree of the file is readable and well formed (it skips the
 * slower index-content comparison). Returns its findings, or none when the file is sound.
 */
export function quickCheck(db: Db, max = 20): string[] {
  try {
    const rows = db.pragma(`quick_check(${max})`, { simple: false }) as { quick_check: string }[];
    const found = rows.map((r) => r.quick_check);
    return found.length === 1 && found[0] === 'ok' ? [] : found;
  } catch (error) {
    return [failure(error)];
  }
}

/** PRAGMA integrity_check: quick_check plus every index against its table. */
export function integrityCheck(db: Db, max = 100): string[] {
  try {
    const rows = db.pragma(`integrity_check(${max})`, { simple: false }) as {
      integrity_check: string;
    }[];
    const found = rows.map((r) => r.integrity_check);
    return found.length === 1 && found[0] === 'ok' ? [] : found;
  } catch (error) {
    return [failure(error)];
  }
}

/** PRAGMA foreign_key_check, counted per table and the table it should point into. */
export function brokenLinks(db: Db): { table: string; parent: string; rows: number }[] {
  const rows = db.pragma('foreign_key_check', { simple: false }) as {
    table: string;
    parent: string;
  }[];
  const counts = new Map<string, { table: string; parent: string; rows: number }>();
  for (const row of rows) {
    const key = `${row.table}\u0000${row.parent}`;
    const entry = counts.get(key) ?? { table: row.table, parent: row.parent, rows: 0 };
    entry.rows++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}
