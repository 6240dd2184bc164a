import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../../electron/backend/db/sqlite';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import { migrate, type Migration } from '../../electron/backend/db/migrate';
import { migrations } from '../../electron/backend/db/migrations';
import { DomainError } from '../../electron/backend/errors';
import { tempDir } from './helpers';

const step = (version: number, sql: string): Migration => ({
  version,
  name: `step-${version}`,
  up: (db) => db.exec(sql),
});

describe('migration runner', () => {
  it('brings a new file to the latest version with WAL, FULL sync and foreign keys', () => {
    const file = path.join(tempDir(), 'a.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('applies only the pending steps and is idempotent', () => {
    const db = new Database(path.join(tempDir(), 'b.sqlite'));
    expect(migrate(db, [step(10, 'CREATE TABLE a (x INTEGER) STRICT')])).toBe(10);
    expect(
      migrate(db, [
        step(10, 'CREATE TABLE a (x INTEGER) STRICT'),
        step(20, 'CREATE TABLE b (y INTEGER) STRICT'),
      ]),
    ).toBe(20);
    expect(migrate(db, [step(10, 'x'), step(20, 'y')])).toBe(20);
    db.close();
  });

  it('rolls back every pending step when one fails', () => {
    const db = new Database(path.join(tempDir(), 'c.sqlite'));
    expect(() =>
      migrate(db, [step(10, 'CREATE TABLE a (x INTEGER) STRICT'), step(20, 'NOT SQL')]),
    ).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'a'").get()).toEqual({
      n: 0,
    });
    db.close();
  });

  it('refuses migrations listed out of order', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [step(20, ''), step(10, '')])).toThrow(/out of order/);
    db.close();
  });

  it('refuses a database from a newer app and leaves the file byte for byte as it was', () => {
    const file = path.join(tempDir(), 'newer.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x INTEGER)');
    raw.pragma('user_version = 9999');
    raw.close();
    const before = fs.readFileSync(file);
    let caught: unknown;
    try {
      openDatabase(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('database_too_new');
    expect((caught as DomainError).message).toMatch(/newer version of Plenary.*not changed/s);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database, leaving it untouched', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'these are my meeting notes, not a database'.repeat(100));
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/not a Plenary database/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
