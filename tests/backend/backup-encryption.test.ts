import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Database } from '../../electron/backend/db/sqlite';
import { MARKER_FILE } from '../../electron/backend/backup/security-marker';
import {
  addSecretMeeting,
  backendOn,
  closeBackend,
  databaseFileIn,
  fileHash,
  meetingTitles,
  modeOf,
  readableIn,
  SECRET_TITLE,
} from './backup-fixtures';
import { tempDir } from './helpers';

const PASSPHRASE = 'correct horse battery staple';

/** Opens a file the way SQLCipher 4 tools do: the passphrase, stretched by SQLite itself. */
function openAsSqlCipher(file: string, passphrase: string) {
  const db = new Database(file, { readonly: true });
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.key(Buffer.from(passphrase));
  return db;
}

const backupFiles = (dataDir: string) =>
  fs.readdirSync(path.join(dataDir, 'backups')).map((n) => path.join(dataDir, 'backups', n));

describe('encryption at rest', () => {
  it('encrypts the database and its backups in SQLCipher 4 format: nothing readable on disk', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    await addSecretMeeting(backend);
    await backend.call('backup.create', {});
    const file = databaseFileIn(dataDir);
    expect(readableIn(backupFiles(dataDir)[0]!, SECRET_TITLE)).toBe(true);

    const status = await backend.call('backup.setPassphrase', { passphrase: PASSPHRASE });
    expect(status).toMatchObject({ state: 'open', encrypted: true, plainWarning: false });
    expect(await meetingTitles(backend)).toEqual([SECRET_TITLE]);
    closeBackend(backend);

    expect(readableIn(file, SECRET_TITLE)).toBe(false);
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    // The backup made while the database was plain was encrypted with it.
    for (const backup of backupFiles(dataDir)) expect(readableIn(backup, SECRET_TITLE)).toBe(false);
    // Any SQLCipher 4 tool opens it with the passphrase alone.
    const tool = openAsSqlCipher(file, PASSPHRASE);
    expect(tool.prepare('SELECT title FROM meeting').pluck().all()).toEqual([SECRET_TITLE]);
    tool.close();
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, MARKER_FILE), 'utf8'))).toMatchObject({
      encrypted: true,
    });
    expect(modeOf(path.join(dataDir, MARKER_FILE))).toBe(0o600);
  });

  it('asks for the passphrase at start; a wrong one is refused and leaves the file as it was', async () => {
    const dataDir = tempDir();
    const first = backendOn(dataDir);
    await addSecretMeeting(first);
    await first.call('backup.setPassphrase', { passphrase: PASSPHRASE });
    closeBackend(first);
    const file = databaseFileIn(dataDir);
    const before = fileHash(file);

    const backend = backendOn(dataDir);
    expect(await backend.call('backup.status', {})).toMatchObject({
      state: 'locked',
      lockedReason: 'encrypted',
      encrypted: true,
    });
    expect(await backend.send('meetings.list', {})).toEqual({
      ok: false,
      error: { code: 'database_locked', message: 'errors.databaseLocked' },
    });
    for (const wrong of ['correct horse battery stapler', 'CORRECT HORSE BATTERY STAPLE', 'x'])
      expect(await backend.send('backup.unlock', { passphrase: wrong })).toEqual({
        ok: false,
        error: { code: 'wrong_passphrase', message: 'errors.wrongPassphrase' },
      });
    expect(fileHash(file)).toBe(before);
    expect(await backend.call('backup.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      state: 'open',
      encrypted: true,
    });
    expect(await meetingTitles(backend)).toEqual([SECRET_TITLE]);
  });

  it('changes the passphrase of the database and its backups; the old one opens nothing', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    await addSecretMeeting(backend);
    await backend.call('backup.setPassphrase', { passphrase: PASSPHRASE });
    await backend.call('backup.create', {});
    expect(
      await backend.send('backup.setPassphrase', {
        current: 'not it at all',
        passphrase: 'x'.repeat(9),
      }),
    ).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    await backend.call('backup.setPassphrase', {
      current: PASSPHRASE,
      passphrase: 'une autre phrase',
    });
    expect(await meetingTitles(backend)).toEqual([SECRET_TITLE]);
    closeBackend(backend);

    for (const file of [databaseFileIn(dataDir), ...backupFiles(dataDir)]) {
      expect(() =>
        openAsSqlCipher(file, PASSPHRASE).prepare('SELECT 1 FROM meeting').all(),
      ).toThrow(/not a database/);
      const tool = openAsSqlCipher(file, 'une autre phrase');
      expect(tool.prepare('SELECT title FROM meeting').pluck().all()).toEqual([SECRET_TITLE]);
      tool.close();
    }
  });

  it('removes the passphrase: the database and its backups are plain SQLite again', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    await addSecretMeeting(backend);
    await backend.call('backup.setPassphrase', { passphrase: PASSPHRASE });
    await backend.call('backup.create', {});
    expect(await backend.send('backup.removePassphrase', { current: 'wrong one' })).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase' },
    });
    const status = await backend.call('backup.removePassphrase', { current: PASSPHRASE });
    expect(status).toMatchObject({ encrypted: false, plainWarning: false });
    closeBackend(backend);
    for (const file of [databaseFileIn(dataDir), ...backupFiles(dataDir)])
      expect(readableIn(file, SECRET_TITLE), file).toBe(true);
    expect(await meetingTitles(backendOn(dataDir))).toEqual([SECRET_TITLE]);
  });

  it('says when a database that should be encrypted is not, until the user keeps it so', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    await backend.call('backup.setPassphrase', { passphrase: PASSPHRASE });
    closeBackend(backend);
    // Someone puts a plain database in its place (to read what the user will type into it).
    const elsewhere = tempDir();
    closeBackend(backendOn(elsewhere));
    fs.copyFileSync(databaseFileIn(elsewhere), databaseFileIn(dataDir));

    const swapped = backendOn(dataDir);
    expect(await swapped.call('backup.status', {})).toMatchObject({
      state: 'open',
      encrypted: false,
      plainWarning: true,
    });
    expect(await swapped.call('backup.keepUnencrypted', {})).toMatchObject({
      plainWarning: false,
    });
  });
});
