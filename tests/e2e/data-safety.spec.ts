import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { Database } from '../../electron/backend/db/sqlite';
import { test, expect } from './fixtures';
import { SettingsPage } from './pages/settings-page';

const PASSPHRASE = 'correct horse battery staple';
const TITLE = 'Specialists Group on Crimes against Children';

const meeting = {
  title: TITLE,
  kind: 'specialists_group',
  city: 'Lyon',
  countryCode: 'FR',
  startDate: '2026-11-14',
  endDate: '2026-11-17',
  timeZone: 'Europe/Paris',
  languages: ['en', 'fr'],
};

/** A data folder holding a database with one meeting (and a backup of it), built by the backend. */
async function folderWithMeeting(dataDir: string, options: { encrypt?: boolean } = {}) {
  const backend = createBackend({ dataDir, log: () => {} });
  try {
    // Named in the file, as a registrar would have done before: the app then asks no one at start.
    await backend.dispatch('audit.setOperator', { operator: 'Camille Laurent' });
    await backend.dispatch('meetings.create', meeting);
    await backend.dispatch('backup.create', {});
    if (options.encrypt) await backend.dispatch('backup.setPassphrase', { passphrase: PASSPHRASE });
  } finally {
    backend.close();
  }
}

test.describe('an encrypted database', () => {
  test.use({
    locale: 'fr-FR',
    prepareDataDir: { run: (dataDir) => folderWithMeeting(dataDir, { encrypt: true }) },
  });

  test('asks for its passphrase before the app, refuses a wrong one, opens with the right one', async ({
    app,
  }) => {
    const settings = new SettingsPage(app);
    await expect(
      app.getByRole('heading', { name: 'Cette base de données est chiffrée' }),
    ).toBeVisible();
    // Nothing of the app shows before it is open.
    await expect(app.getByRole('navigation')).toHaveCount(0);
    await settings.unlock('correct horse battery stapler');
    await expect(
      app.getByText(/Cette phrase secrète n’ouvre pas la base de données/),
    ).toBeVisible();
    await settings.unlock(PASSPHRASE);
    await expect(app.getByRole('link', { name: TITLE })).toBeVisible();
    await settings.open();
    await expect(
      app.getByText('La base de données et ses sauvegardes sont chiffrées', { exact: false }),
    ).toBeVisible();
    await expect(app.getByText(/la phrase secrète est demandée à chaque démarrage/)).toBeVisible();
  });
});

test('sets a passphrase, backs up, and restores the backup after a change', async ({
  app,
  host,
}) => {
  await host.backend.dispatch('meetings.create', meeting);
  const settings = new SettingsPage(app);
  await settings.open();
  await expect(app.getByText('The database is not encrypted', { exact: false })).toBeVisible();
  await settings.setPassphrase('short');
  await expect(settings.dialog.getByText('Use at least 8 characters.')).toBeVisible();
  await settings.dialog.getByRole('button', { name: 'Cancel' }).click();
  await settings.setPassphrase(PASSPHRASE, 'correct horse battery stapler');
  await expect(settings.dialog.getByText('The two passphrases are not the same.')).toBeVisible();
  await settings.dialog.getByRole('button', { name: 'Cancel' }).click();
  await settings.setPassphrase(PASSPHRASE);
  // The file and every backup are re-encrypted and the workers reopen it: on a loaded 2-core
  // machine that once took longer than the usual 10 s wait.
  await expect(app.getByText('The database and its backups are now encrypted.')).toBeVisible({
    timeout: 30_000,
  });
  await expect(
    app.getByText('The database and its backups are encrypted', { exact: false }),
  ).toBeVisible();

  await settings.backUpNow();
  await expect(app.getByText('Backed up.')).toBeVisible();
  const made = settings.backups.getByRole('row', { name: /Made by you/ });
  await expect(made).toHaveCount(1);
  await expect(made).toContainText('Encrypted');

  // A change made after the backup, then the backup restored: the change is gone.
  await host.backend.dispatch('meetings.create', { ...meeting, title: 'Added after the backup' });
  await made.getByRole('button', { name: /^Restore the backup of/ }).click();
  await expect(settings.dialog).toContainText('The current database is backed up first');
  await settings.dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(app.getByText(/The backup of .* was restored/)).toBeVisible();
  await app.getByRole('navigation').getByRole('link', { name: 'Meetings' }).click();
  await expect(app.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Added after the backup' })).toHaveCount(0);
  // The database as it was before the restore is kept as a backup too.
  await settings.open();
  await expect(settings.backups.getByRole('row', { name: /Before a restore/ })).toBeVisible();
});

test.describe('a damaged database', () => {
  test.use({
    prepareDataDir: {
      async run(dataDir) {
        await folderWithMeeting(dataDir);
        const file = path.join(dataDir, 'plenary.sqlite');
        const db = new Database(file, { readonly: true });
        const root = db
          .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'meeting'")
          .pluck()
          .get() as number;
        db.close();
        const fd = fs.openSync(file, 'r+');
        fs.writeSync(fd, randomBytes(4096), 0, 4096, (root - 1) * 4096);
        fs.closeSync(fd);
      },
    },
  });

  test('is refused with what SQLite found, and the latest good backup brings the data back', async ({
    app,
  }) => {
    await expect(app.getByRole('heading', { name: 'The database file is damaged' })).toBeVisible();
    await expect(app.getByText('What SQLite found')).toBeVisible();
    await app.getByRole('button', { name: /^Restore the backup of/ }).click();
    await expect(app.getByRole('dialog')).toContainText('The file it replaces is not deleted');
    await app.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
    await expect(app.getByRole('link', { name: TITLE })).toBeVisible();
    const settings = new SettingsPage(app);
    await settings.open();
    await app.getByRole('button', { name: 'Check now' }).click();
    await expect(app.getByText(/No problem found/)).toBeVisible();
  });
});

test.describe('a read-only database', () => {
  test.use({
    prepareDataDir: {
      async run(dataDir) {
        await folderWithMeeting(dataDir);
        fs.chmodSync(path.join(dataDir, 'plenary.sqlite'), 0o444);
      },
    },
  });

  test('opens read-only with a banner, and a change is refused with a clear message', async ({
    app,
  }) => {
    await expect(
      app.getByRole('status').filter({ hasText: 'This database file is read-only' }),
    ).toBeVisible();
    await expect(app.getByRole('link', { name: TITLE })).toBeVisible();
    await app.getByRole('link', { name: TITLE }).click();
    await app.getByRole('button', { name: /^Delete/ }).click();
    await app
      .getByRole('dialog')
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect(
      app.getByText('The database is open read-only: nothing can be changed.'),
    ).toBeVisible();
    await app.getByRole('navigation').getByRole('link', { name: 'Meetings' }).click();
    await expect(app.getByRole('link', { name: TITLE })).toBeVisible();
  });
});

test('a file where the data folder should be stops npm run web with one sentence', async () => {
  const where = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-cli-')), 'Plenary');
  fs.writeFileSync(where, 'not a folder');
  const child = spawn('npx', ['tsx', 'electron/web/main.ts', '--port', '0', '--data-dir', where], {
    cwd: path.resolve('.'),
    env: {
      ...process.env,
      PLENARY_RENDERER_DIR: path.resolve(process.env.PLENARY_RENDERER_DIR ?? 'out/renderer'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).not.toBe(0);
  expect(stderr.trim()).toBe(
    `Plenary cannot keep its data in ${where}: that is a file, not a folder (move the file away or choose another folder with --data-dir).`,
  );
  fs.rmSync(path.dirname(where), { recursive: true, force: true });
});
