import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyDatabaseFile } from '../../electron/backend/backup/backup-writer';
import { deriveKey, readSalt } from '../../electron/backend/db/database-key';
import { parseBackupName } from '../../shared/domain/backup-rotation';
import { backendOn, readableIn, type TestBackend } from './backup-fixtures';
import { tempDir } from './helpers';
import { meetingInput } from './meeting-fixtures';

/**
 * Anonymising and deleting everywhere cannot be undone in the app, so each makes a verified
 * backup of its own kind first, which a restore brings the data back from; and when that backup
 * cannot be written, nothing is changed.
 */

const backupsOf = (dataDir: string) => path.join(dataDir, 'backups');

/** A meeting past its retention date (2021) with Awa Diallo registered, and her only meeting. */
async function pastMeeting(backend: TestBackend) {
  const meetingId = (
    await backend.call(
      'meetings.create',
      meetingInput({
        title: 'Old specialists group',
        startDate: '2020-03-10',
        endDate: '2020-03-12',
        retentionDate: '2021-03-12',
      }),
    )
  ).id;
  const awa = await backend.call('registrations.create', {
    meetingId,
    person: { givenNames: 'Awa', familyNames: 'Diallo', email: 'awa.diallo@police.bj' },
    registration: { dietary: 'Halal' },
  });
  return { meetingId, personId: awa.personId };
}

const givenNames = async (backend: TestBackend, personId: number) =>
  (await backend.call('people.get', { id: personId })).givenNames;

async function backupsList(backend: TestBackend) {
  return (await backend.call('backup.list', {})).backups;
}

describe('the backup before an irreversible change', () => {
  it('is made before anonymising, verified, and gives the data back when restored', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    const { personId } = await pastMeeting(backend);
    const preview = await backend.call('privacy.retentionPreview', {});
    expect(preview.backupFirst).toBe(true);

    const done = await backend.call('privacy.applyRetention', {
      anonymise: preview.anonymise.map((p) => p.personId),
    });
    expect(done.anonymised).toBe(1);
    expect(await givenNames(backend, personId)).toBe('');
    const [made, ...others] = await backupsList(backend);
    expect(others).toEqual([]);
    expect(made).toMatchObject({ kind: 'beforeRetention', encrypted: false });
    expect(made!.name).toMatch(/-before-retention\.sqlite$/);
    expect(done.backup).toEqual({ file: path.join(backupsOf(dataDir), made!.name) });
    // A sound file at the schema of today; it holds what anonymising removed.
    expect(verifyDatabaseFile(done.backup!.file, null)).toBeGreaterThan(0);
    expect(readableIn(done.backup!.file, 'awa.diallo@police.bj')).toBe(true);

    await backend.call('backup.restore', { name: made!.name });
    expect(await backend.call('people.get', { id: personId })).toMatchObject({
      givenNames: 'Awa',
      familyNames: 'Diallo',
      email: 'awa.diallo@police.bj',
    });
  });

  it('is made before deleting a person everywhere, encrypted like the database', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    const { meetingId, personId } = await pastMeeting(backend);
    await backend.call('backup.setPassphrase', { passphrase: 'long enough phrase' });
    expect((await backend.call('privacy.erasurePreview', { personId })).backupFirst).toBe(true);

    const done = await backend.call('privacy.erasePerson', { personId });
    expect(done.registrations).toBe(1);
    expect((await backend.send('people.get', { id: personId })).ok).toBe(false);
    const made = (await backupsList(backend)).filter((b) => b.kind === 'beforeErasure');
    expect(made).toEqual([expect.objectContaining({ encrypted: true })]);
    expect(parseBackupName(path.basename(done.backup!.file))?.kind).toBe('beforeErasure');
    // Never plain on disk: only the passphrase opens it, and it passes the check.
    expect(readableIn(done.backup!.file, 'awa.diallo@police.bj')).toBe(false);
    const key = await deriveKey('long enough phrase', readSalt(done.backup!.file)!);
    expect(verifyDatabaseFile(done.backup!.file, key)).toBeGreaterThan(0);

    await backend.call('backup.restore', { name: made[0]!.name });
    expect(await givenNames(backend, personId)).toBe('Awa');
    const participants = await backend.call('registrations.list', { meetingId });
    expect(participants.map((p) => p.personId)).toEqual([personId]);
  });

  it('when it cannot be written, leaves the person untouched and says why', async () => {
    const dataDir = tempDir();
    const backend = backendOn(dataDir);
    const { personId } = await pastMeeting(backend);
    // A file where the backups folder should be: no backup can be written.
    fs.writeFileSync(backupsOf(dataDir), 'not a folder');

    const erased = await backend.send('privacy.erasePerson', { personId });
    expect(erased).toMatchObject({
      ok: false,
      error: { code: 'backup_failed', message: expect.stringMatching(/^errors\.backupFailed/) },
    });
    const preview = await backend.call('privacy.retentionPreview', {});
    const anonymised = await backend.send('privacy.applyRetention', {
      anonymise: preview.anonymise.map((p) => p.personId),
    });
    expect(anonymised).toMatchObject({ ok: false, error: { code: 'backup_failed' } });
    expect(await backend.call('people.get', { id: personId })).toMatchObject({
      givenNames: 'Awa',
      email: 'awa.diallo@police.bj',
    });
    expect((await backend.call('privacy.retentionPreview', {})).anonymise).toHaveLength(1);
    // Nothing about an erasure or an anonymisation in the change log either.
    const log = await backend.call('audit.list', { personId });
    expect(log.entries.map((e) => e.action)).not.toContain('erase');
    expect(log.entries.map((e) => e.action)).not.toContain('anonymise');
  });
});
