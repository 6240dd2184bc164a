import { describe, expect, it } from 'vitest';
import type { KeyStore } from '../../electron/backend/backup/key-store';
import { createBackend } from '../../electron/backend/backend';
import {
  startWorkerBackend,
  type WorkerBackend,
} from '../../electron/backend/worker/worker-backend';
import type { Envelope } from '../../shared/api';
import { SECRET_TITLE } from './backup-fixtures';
import { tempDir } from './helpers';
import { meetingInput } from './meeting-fixtures';

const PASSPHRASE = 'a passphrase for the workers';

function value<T>(reply: Envelope<unknown>): T {
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value as T;
}

/** A keychain in memory, as Electron's safeStorage would be. */
function memoryKeyStore(initial: string | null = null) {
  const store = {
    key: initial,
    forgotten: 0,
    status: () => ({ available: true, refusal: null }),
    recall: () => store.key,
    remember: (key: string) => void (store.key = key),
    forget: () => {
      store.key = null;
      store.forgotten++;
    },
  };
  return store satisfies KeyStore;
}

async function encryptedFolder(): Promise<string> {
  const dataDir = tempDir();
  const backend = createBackend({ dataDir, log: () => {} });
  await backend.dispatch('meetings.create', meetingInput({ title: SECRET_TITLE }));
  value(await backend.dispatch('backup.setPassphrase', { passphrase: PASSPHRASE }));
  backend.close();
  return dataDir;
}

const titles = async (backend: WorkerBackend) =>
  value<{ title: string }[]>(await backend.dispatch('meetings.list', {})).map((m) => m.title);

describe('an encrypted database in the worker threads', () => {
  it('unlocks once: the reader, restarts and the next start open it without asking again', async () => {
    const dataDir = await encryptedFolder();
    const keys = memoryKeyStore();
    let backend = await startWorkerBackend({ dataDir, keyStore: keys, log: () => {} });
    try {
      expect(backend.readerRunning).toBe(false);
      expect(value(await backend.dispatch('backup.status', {}))).toMatchObject({
        state: 'locked',
        remember: { available: true, active: false },
      });
      const unlocked = await backend.dispatch('backup.unlock', {
        passphrase: PASSPHRASE,
        remember: true,
      });
      expect(value(unlocked)).toMatchObject({ state: 'open', remember: { active: true } });
      // The reader is started with the key (in the background), and serves the read channels.
      await expect.poll(() => backend.readerRunning, { timeout: 60_000 }).toBe(true);
      expect(await titles(backend)).toEqual([SECRET_TITLE]);
      expect(keys.key).toMatch(/^x'[0-9a-f]{96}'$/);

      // A restart (as after a crash) keeps the key: nothing to type again.
      await backend.restart();
      expect(await titles(backend)).toEqual([SECRET_TITLE]);
      await backend.close();

      // Remembered: the next start opens at once.
      backend = await startWorkerBackend({ dataDir, keyStore: keys, log: () => {} });
      expect(value(await backend.dispatch('backup.status', {}))).toMatchObject({ state: 'open' });
      expect(await titles(backend)).toEqual([SECRET_TITLE]);

      // Restore swaps the file under both workers; the reader comes back on the restored file.
      const backup = value<{ name: string }>(await backend.dispatch('backup.create', {}));
      value(await backend.dispatch('meetings.create', meetingInput({ title: 'Added later' })));
      expect((await titles(backend)).sort()).toEqual(['Added later', SECRET_TITLE]);
      value(await backend.dispatch('backup.restore', { name: backup.name }));
      expect(backend.readerRunning).toBe(true);
      expect(await titles(backend)).toEqual([SECRET_TITLE]);

      // Forgetting it on this computer: the next start asks again.
      value(await backend.dispatch('backup.setRemember', { remember: false }));
      expect(keys.key).toBeNull();
    } finally {
      await backend.close();
    }
  }, 120_000);

  it('forgets a remembered key that no longer opens the database, and asks for the passphrase', async () => {
    const dataDir = await encryptedFolder();
    const keys = memoryKeyStore(`x'${'ab'.repeat(48)}'`);
    const backend = await startWorkerBackend({
      dataDir,
      keyStore: keys,
      reader: false,
      log: () => {},
    });
    try {
      expect(value(await backend.dispatch('backup.status', {}))).toMatchObject({
        state: 'locked',
        lockedReason: 'rememberedKeyRejected',
      });
      await expect.poll(() => keys.forgotten).toBe(1);
      value(await backend.dispatch('backup.unlock', { passphrase: PASSPHRASE }));
      expect(await titles(backend)).toEqual([SECRET_TITLE]);
    } finally {
      await backend.close();
    }
  }, 60_000);
});
