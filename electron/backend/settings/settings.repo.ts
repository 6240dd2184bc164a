import type { Db } from '../db/connection';

/** Key/value preferences that follow the data file (so both shells share them). */
export function createSettingsRepo(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM setting WHERE key = ?');
  const set = db.prepare<[string, string]>(
    'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare<[string]>('DELETE FROM setting WHERE key = ?');
  return {
    get: (key: string): string | null => get.get(key)?.value ?? null,
    remove: (key: string): void => {
      remove.run(key);
    },
    set: (key: string, value: string): void => {
      set.run(key, value);
    },
  };
}
