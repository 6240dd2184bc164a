import { describe, expect, it } from 'vitest';
import { databaseAt, sqlError, tableNames } from './migration-fixtures';

describe('migration 0010 settings', () => {
  it('creates the setting table and sets the version to 10', () => {
    const db = databaseAt(10);
    expect(tableNames(db)).toEqual(['setting']);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
  });

  it('keeps one value per key, which must be text and present', () => {
    const db = databaseAt(10);
    expect(sqlError(db, "INSERT INTO setting VALUES ('language', 'fr')")).toBeNull();
    expect(sqlError(db, "INSERT INTO setting VALUES ('language', 'en')")).toMatch(/UNIQUE/);
    expect(sqlError(db, "INSERT INTO setting VALUES ('theme', NULL)")).toMatch(/NOT NULL/);
    expect(sqlError(db, 'INSERT INTO setting VALUES (?, ?)', 'blob', Buffer.from([1]))).toMatch(
      /cannot store BLOB/,
    );
  });
});
