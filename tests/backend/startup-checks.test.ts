import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { Database } from '../../electron/backend/db/sqlite';
import { DomainError } from '../../electron/backend/errors';
import {
  addSecretMeeting,
  backendOn,
  closeBackend,
  databaseFileIn,
  fileHash,
  meetingTitles,
  modeOf,
  SECRET_TITLE,
} from './backup-fixtures';
import { tempDir } from './helpers';
import { meetingInput } from './meeting-fixtures';

const PAGE = 4096;

/** A data folder holding a database with a meeting, and a good backup of it. */
async function folderWithBackup(): Promise<string> {
  const dataDir = tempDir();
  const backend = backendOn(dataDir);
  await addSecretMeeting(backend);
  await backend.call('backup.create', {});
  closeBackend(backend);
  return dataDir;
}

/** What a start says, when it refuses to start at all. */
function startFailure(dataDir: string): DomainError {
  try {
    createBackend({ dataDir, log: () => {} }).close();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('The backend started.');
}

/** Puts a file's permission bits back after the test, so the temp folder can be removed. */
const restoreModes: [string, number][] = [];
function chmodForTest(target: string, mode: number) {
  restoreModes.push([target, fs.statSync(target).mode & 0o777]);
  fs.chmodSync(target, mode);
}
afterEach(() => {
  for (const [target, mode] of restoreModes.splice(0).reverse()) fs.chmodSync(target, mode);
});

/** Damaged, with the offer of the latest good backup, and the file left exactly as it was. */
async function expectRefusedUntouched(dataDir: string, state: 'damaged' | 'locked') {
  const file = databaseFileIn(dataDir);
  const before = fileHash(file);
  const backend = backendOn(dataDir);
  const status = await backend.call('backup.status', {});
  expect(status.state).toBe(state);
  expect(status.latestBackup).toMatchObject({ kind: 'manual' });
  expect((await backend.send('meetings.create', meetingInput())).ok).toBe(false);
  expect(fileHash(file)).toBe(before);
  // The offer: restoring the latest good backup brings the data back.
  await backend.call('backup.restore', { name: status.latestBackup!.name });
  expect(await meetingTitles(backend)).toEqual([SECRET_TITLE]);
  // The file it replaced is kept aside, byte for byte, in case it held something.
  const aside = fs.readdirSync(path.join(dataDir, 'set-aside'));
  expect(aside).toHaveLength(1);
  expect(fileHash(path.join(dataDir, 'set-aside', aside[0]!))).toBe(before);
  return status;
}

describe('damaged and unusual database files', () => {
  it('random bytes: not opened (either encrypted or damaged), backup offered, file untouched', async () => {
    const dataDir = await folderWithBackup();
    fs.writeFileSync(databaseFileIn(dataDir), randomBytes(64 * 1024));
    const status = await expectRefusedUntouched(dataDir, 'locked');
    expect(status.lockedReason).toBe('notPlain');
  });

  it('truncated: damaged, never written to', async () => {
    const dataDir = await folderWithBackup();
    const file = databaseFileIn(dataDir);
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const status = await expectRefusedUntouched(dataDir, 'damaged');
    expect(status.problems.length).toBeGreaterThan(0);
  });

  it('a damaged table page: damaged, never written to', async () => {
    const dataDir = await folderWithBackup();
    const file = databaseFileIn(dataDir);
    const db = new Database(file, { readonly: true });
    const root = db
      .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'country'")
      .pluck()
      .get() as number;
    db.close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, randomBytes(PAGE), 0, PAGE, (root - 1) * PAGE);
    fs.closeSync(fd);
    await expectRefusedUntouched(dataDir, 'damaged');
  });

  it('zero bytes: damaged when backups show it held data; a new database otherwise', async () => {
    const dataDir = await folderWithBackup();
    fs.writeFileSync(databaseFileIn(dataDir), '');
    await expectRefusedUntouched(dataDir, 'damaged');

    const fresh = tempDir();
    fs.writeFileSync(databaseFileIn(fresh), '');
    const backend = backendOn(fresh);
    expect((await backend.call('backup.status', {})).state).toBe('open');
    expect(await meetingTitles(backend)).toEqual([]);
  });

  it('a newer version: refused with a clear message, the file untouched', async () => {
    const dataDir = await folderWithBackup();
    const file = databaseFileIn(dataDir);
    const db = new Database(file);
    db.pragma('user_version = 99999');
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = fileHash(file);
    const error = startFailure(dataDir);
    expect(error.code).toBe('database_too_new');
    expect(error.message).toMatch(/newer version of Plenary.*not changed/s);
    expect(fileHash(file)).toBe(before);
  });

  it('a read-only file: opened read-only, shown as such, nothing written', async () => {
    const dataDir = await folderWithBackup();
    const file = databaseFileIn(dataDir);
    chmodForTest(file, 0o444);
    const before = fileHash(file);
    const backend = backendOn(dataDir);
    expect(await backend.call('backup.status', {})).toMatchObject({
      state: 'open',
      readOnly: 'file',
    });
    expect(await meetingTitles(backend)).toEqual([SECRET_TITLE]);
    expect(await backend.send('meetings.create', meetingInput())).toMatchObject({
      ok: false,
      error: { code: 'read_only', message: 'errors.readOnlyDatabase' },
    });
    expect(await backend.send('backup.create', {})).toMatchObject({
      ok: false,
      error: { code: 'read_only' },
    });
    closeBackend(backend);
    expect(fileHash(file)).toBe(before);
  });

  it('a read-only folder: the database opens read-only, nothing written', async () => {
    const dataDir = await folderWithBackup();
    const file = databaseFileIn(dataDir);
    const before = fileHash(file);
    chmodForTest(dataDir, 0o555);
    const backend = backendOn(dataDir);
    expect(await backend.call('backup.status', {})).toMatchObject({
      state: 'open',
      readOnly: 'folder',
    });
    expect(await meetingTitles(backend)).toEqual([SECRET_TITLE]);
    expect((await backend.send('meetings.create', meetingInput())).ok).toBe(false);
    closeBackend(backend);
    expect(fileHash(file)).toBe(before);
  });

  it('a read-only folder with no database yet: one sentence with the path', () => {
    const dataDir = tempDir();
    chmodForTest(dataDir, 0o555);
    const error = startFailure(dataDir);
    expect(error.code).toBe('data_folder_unwritable');
    expect(error.message).toContain(dataDir);
    expect(error.message).toMatch(/^[^\n]+\.$/);
  });

  it('a file where the data folder should be: one sentence with the path, no stack trace', () => {
    const where = path.join(tempDir(), 'Plenary');
    fs.writeFileSync(where, 'a file, not a folder');
    const error = startFailure(where);
    expect(error.code).toBe('data_folder_invalid');
    expect(error.message).toBe(
      `Plenary cannot keep its data in ${where}: that is a file, not a folder (move the file away or choose another folder with --data-dir).`,
    );
    expect(fs.readFileSync(where, 'utf8')).toBe('a file, not a folder');

    const below = path.join(where, 'data');
    const inside = startFailure(below);
    expect(inside.code).toBe('data_folder_unwritable');
    expect(inside.message).toBe(
      `Plenary cannot create its data folder ${below} (a part of that path is a file); choose a folder you can write to with --data-dir.`,
    );
  });

  it('damage found while the app runs: reads say so, and nothing more is written', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    await addSecretMeeting(backend);
    // The meeting table's root page now points nowhere: the next read of it fails as corrupt.
    backend.db.unsafeMode(true); // lifts SQLite's defensive mode, which forbids this on purpose
    backend.db.pragma('writable_schema = ON');
    backend.db.prepare("UPDATE sqlite_schema SET rootpage = 99999 WHERE name = 'meeting'").run();
    backend.db.pragma('writable_schema = RESET');
    backend.db.unsafeMode(false);
    expect(await backend.send('meetings.list', {})).toMatchObject({
      ok: false,
      error: { code: 'database_damaged', message: 'errors.databaseDamaged' },
    });
    expect(await backend.call('backup.status', {})).toMatchObject({ state: 'damaged' });
    expect(
      await backend.send('countries.setRegion', { code: 'SD', policeRegion: 'africa' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'database_damaged' },
    });
  });
});

describe('a start writes nothing', () => {
  it('leaves an up-to-date database byte for byte as it was', async () => {
    const dataDir = tempDir();
    const first = backendOn(dataDir);
    await addSecretMeeting(first);
    closeBackend(first);
    const file = databaseFileIn(dataDir);
    const before = fileHash(file);
    const again = backendOn(dataDir);
    expect(await meetingTitles(again)).toEqual([SECRET_TITLE]);
    await again.call('countries.list', {});
    await again.call('settings.get', {});
    closeBackend(again);
    expect(fileHash(file)).toBe(before);
  });
});

describe('private files', () => {
  it('creates the data folder 0700 and the database, its journal files and backups 0600', async () => {
    const dataDir = path.join(tempDir(), 'new', 'Plenary');
    const backend = backendOn(dataDir);
    await addSecretMeeting(backend);
    await backend.call('backup.create', {});
    expect(modeOf(dataDir)).toBe(0o700);
    for (const name of ['plenary.sqlite', 'plenary.sqlite-wal', 'plenary.sqlite-shm'])
      expect(modeOf(path.join(dataDir, name)), name).toBe(0o600);
  });

  it('tightens a folder and a database an earlier version left readable by others', async () => {
    const dataDir = tempDir();
    closeBackend(backendOn(dataDir));
    fs.chmodSync(dataDir, 0o755);
    fs.chmodSync(databaseFileIn(dataDir), 0o644);
    backendOn(dataDir);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(databaseFileIn(dataDir))).toBe(0o600);
  });
});
