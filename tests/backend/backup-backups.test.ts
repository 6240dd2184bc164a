import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import { migrations } from '../../electron/backend/db/migrations';
import { Database } from '../../electron/backend/db/sqlite';
import { backupName, parseBackupName } from '../../shared/domain/backup-rotation';
import {
  addSecretMeeting,
  backendOn,
  closeBackend,
  databaseFileIn,
  meetingTitles,
  modeOf,
  readableIn,
  SECRET_TITLE,
} from './backup-fixtures';
import { tempDir } from './helpers';
import { counts, csv, file, HEADERS, MAPPING } from './imports-fixtures';
import { meetingInput } from './meeting-fixtures';

const backupsOf = (dataDir: string) => path.join(dataDir, 'backups');
const kindsIn = (dataDir: string) =>
  fs
    .readdirSync(backupsOf(dataDir))
    .map((n) => parseBackupName(n)?.kind ?? n)
    .sort();

function titlesIn(file: string, passphrase?: string): string[] {
  const db = new Database(file, { readonly: true });
  if (passphrase) {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.key(Buffer.from(passphrase));
  }
  try {
    return db.prepare('SELECT title FROM meeting ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

const people = (n: number, given = 'Awa') =>
  Array.from({ length: n }, (_, i) => [
    `${given}${i}`,
    `Diallo${i}`,
    `${given}${i}@example.org`,
    '',
    '',
    '',
  ]);

describe('backups', () => {
  it('"Back up now" writes a verified, private, self-contained copy', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    await addSecretMeeting(backend);
    const made = await backend.call('backup.create', {});
    expect(made).toMatchObject({ kind: 'manual', encrypted: false });
    const backup = path.join(backupsOf(dataDir), made.name);
    expect(titlesIn(backup)).toEqual([SECRET_TITLE]);
    expect(modeOf(backupsOf(dataDir))).toBe(0o700);
    expect(modeOf(backup)).toBe(0o600);
    // One file: no write-ahead log or journal beside it, so copying the folder copies it whole.
    expect(fs.readdirSync(backupsOf(dataDir))).toEqual([made.name]);
    const listed = await backend.call('backup.list', {});
    expect(listed).toEqual({ folder: backupsOf(dataDir), backups: [made] });
    expect((await backend.call('backup.status', {})).latestBackup).toEqual(made);
  });

  it('keeps an encrypted database’s backups encrypted, under the same passphrase', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    await addSecretMeeting(backend);
    await backend.call('backup.setPassphrase', { passphrase: 'long enough phrase' });
    const made = await backend.call('backup.create', {});
    expect(made.encrypted).toBe(true);
    const backup = path.join(backupsOf(dataDir), made.name);
    expect(readableIn(backup, SECRET_TITLE)).toBe(false);
    expect(titlesIn(backup, 'long enough phrase')).toEqual([SECRET_TITLE]);
  });

  it('backs up before every import, and an import that cannot be backed up does not start', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    const meetingId = (await backend.call('meetings.create', meetingInput())).id;
    const source = (rows: string[][]) => ({
      meetingId,
      file: file('participants.csv', csv([HEADERS, ...rows])),
      mapping: MAPPING,
    });
    await backend.call('imports.run', source(people(3)));
    expect(kindsIn(dataDir)).toEqual(['beforeImport']);
    // The backup holds the database as it was just before: the meeting, nobody registered.
    const before = path.join(backupsOf(dataDir), fs.readdirSync(backupsOf(dataDir))[0]!);
    const copy = new Database(before, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM registration').pluck().get()).toBe(0);
    copy.close();

    // A file where the backups folder should be: no backup can be written, so no import.
    fs.rmSync(backupsOf(dataDir), { recursive: true });
    fs.writeFileSync(backupsOf(dataDir), 'not a folder');
    const refused = await backend.send('imports.run', source(people(5, 'Binta')));
    expect(refused).toMatchObject({ ok: false, error: { code: 'backup_failed' } });
    expect(counts(backend)).toMatchObject({ people: 3, registrations: 3 });
  });

  it('backs up before migrating a database that holds data, and not a new one', () => {
    const fresh = tempDir();
    closeBackend(backendOn(fresh));
    expect(fs.existsSync(backupsOf(fresh))).toBe(false);

    const dataDir = tempDir();
    const older = migrations.filter((m) => m.version <= 100);
    const db = openDatabase(databaseFileIn(dataDir), { migrations: older });
    db.prepare(
      `INSERT INTO meeting (title, kind, start_date, end_date, time_zone, created_at, updated_at)
       VALUES (?, 'conference', '2026-11-14', '2026-11-17', 'Europe/Paris', 'now', 'now')`,
    ).run(SECRET_TITLE);
    db.close();
    backendOn(dataDir);
    expect(kindsIn(dataDir)).toEqual(['beforeMigration']);
    const backup = path.join(backupsOf(dataDir), fs.readdirSync(backupsOf(dataDir))[0]!);
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(100);
    expect(copy.prepare('SELECT title FROM meeting').pluck().all()).toEqual([SECRET_TITLE]);
    copy.close();
  });

  it('makes the daily backup when none was made for a day, and rotates the old ones', async () => {
    const dataDir = tempDir();
    let now = new Date('2026-11-30T09:00:00.000Z');
    const backend = backendOn(dataDir, { now: () => now });
    await addSecretMeeting(backend);
    // Sixty days of older daily backups (the names are what rotation reads).
    fs.mkdirSync(backupsOf(dataDir), { mode: 0o700 });
    for (let day = 1; day <= 60; day++) {
      const at = new Date(now.getTime() - day * 86_400_000);
      fs.writeFileSync(path.join(backupsOf(dataDir), backupName('daily', at)), '');
    }
    fs.writeFileSync(path.join(backupsOf(dataDir), backupName('manual', new Date(0))), '');

    expect(await backend.backups.dailyIfDue()).toBe(true);
    // Today's, six days before it, four weeks before those, and the user's own.
    expect(kindsIn(dataDir).filter((k) => k === 'daily')).toHaveLength(11);
    expect(kindsIn(dataDir).filter((k) => k === 'manual')).toHaveLength(1);
    expect(await backend.backups.dailyIfDue()).toBe(false);
    now = new Date(now.getTime() + 25 * 3_600_000);
    expect(await backend.backups.dailyIfDue()).toBe(true);
  });

  it('deletes a backup the user chooses, and removes backups a crash left unfinished', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    const made = await backend.call('backup.create', {});
    const partial = path.join(backupsOf(dataDir), `${backupName('daily', new Date())}.partial`);
    fs.writeFileSync(partial, 'half a backup');
    expect(await backend.call('backup.delete', { name: made.name })).toEqual({ deleted: true });
    expect(await backend.call('backup.delete', { name: made.name })).toEqual({ deleted: false });
    closeBackend(backend);
    backendOn(dataDir);
    expect(fs.readdirSync(backupsOf(dataDir))).toEqual([]);
  });
});

describe('restore', () => {
  it('puts a backup in place after backing up the current database', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    await addSecretMeeting(backend);
    const made = await backend.call('backup.create', {});
    await backend.call('meetings.create', meetingInput({ title: 'Added after the backup' }));

    const status = await backend.call('backup.restore', { name: made.name });
    expect(status).toMatchObject({ state: 'open', readOnly: null });
    expect(await meetingTitles(backend)).toEqual([SECRET_TITLE]);
    // The database as it was before the restore is a backup of its own.
    const saved = (await backend.call('backup.list', {})).backups.find(
      (b) => b.kind === 'beforeRestore',
    )!;
    expect(titlesIn(path.join(backupsOf(dataDir), saved.name)).sort()).toEqual(
      ['Added after the backup', SECRET_TITLE].sort(),
    );
    // The restored database keeps working, and the backup it came from is untouched.
    await backend.call('meetings.create', meetingInput({ title: 'After the restore' }));
    expect(titlesIn(path.join(backupsOf(dataDir), made.name))).toEqual([SECRET_TITLE]);
    expect(modeOf(databaseFileIn(dataDir))).toBe(0o600);
  });

  it('asks for the passphrase a backup was made with, when it is not the current one', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    await addSecretMeeting(backend);
    await backend.call('backup.setPassphrase', { passphrase: 'first passphrase' });
    const made = await backend.call('backup.create', {});
    // Re-encrypt that backup apart, as if it came from before a change that could not reach it.
    const copy = path.join(tempDir(), 'apart.sqlite');
    fs.copyFileSync(path.join(backupsOf(dataDir), made.name), copy);
    await backend.call('backup.setPassphrase', {
      current: 'first passphrase',
      passphrase: 'second passphrase',
    });
    fs.copyFileSync(copy, path.join(backupsOf(dataDir), made.name));

    expect(await backend.send('backup.restore', { name: made.name })).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase', message: 'errors.backupNeedsPassphrase' },
    });
    expect(
      await backend.send('backup.restore', { name: made.name, passphrase: 'second passphrase' }),
    ).toMatchObject({ ok: false, error: { message: 'errors.backupPassphraseWrong' } });
    await backend.call('backup.restore', { name: made.name, passphrase: 'first passphrase' });
    expect(await meetingTitles(backend)).toEqual([SECRET_TITLE]);
    closeBackend(backend);
    // The database now opens with the backup's passphrase.
    const again = backendOn(dataDir);
    await again.call('backup.unlock', { passphrase: 'first passphrase' });
    expect(await meetingTitles(again)).toEqual([SECRET_TITLE]);
  });

  it('refuses a name that is not one of the backups', async () => {
    const backend = backendOn(tempDir());
    for (const name of ['../plenary.sqlite', 'plenary.sqlite', backupName('manual', new Date())])
      expect((await backend.send('backup.restore', { name })).ok).toBe(false);
  });
});
