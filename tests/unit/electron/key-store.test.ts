import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberPolicy } from '../../../electron/main/key-store-policy';

const fake = vi.hoisted(() => ({
  available: true,
  backend: 'gnome_libsecret',
}));

// No Electron binary here: safeStorage is replaced by a reversible stand-in (it only has to
// round-trip and not leave the key in the clear in the file).
vi.mock('electron', () => ({
  safeStorage: {
    isAsyncEncryptionAvailable: () => Promise.resolve(fake.available),
    getSelectedStorageBackend: () => fake.backend,
    encryptStringAsync: (text: string) =>
      Promise.resolve(Buffer.from(Buffer.from(text).toString('base64')).reverse()),
    decryptStringAsync: (bytes: Buffer) =>
      Promise.resolve({
        shouldReEncrypt: false,
        result: Buffer.from(Buffer.from(bytes).reverse().toString(), 'base64').toString(),
      }),
  },
}));

const { openElectronKeyStore, REMEMBERED_KEY_FILE } =
  await import('../../../electron/main/key-store');

describe('may this computer remember the database key?', () => {
  it('yes with the macOS Keychain, Windows DPAPI, or a Linux secret service', () => {
    for (const facts of [
      { platform: 'darwin' as const, encryptionAvailable: true },
      { platform: 'win32' as const, encryptionAvailable: true },
      { platform: 'linux' as const, encryptionAvailable: true, linuxBackend: 'gnome_libsecret' },
      { platform: 'linux' as const, encryptionAvailable: true, linuxBackend: 'kwallet6' },
    ])
      expect(rememberPolicy(facts), JSON.stringify(facts)).toEqual({
        available: true,
        refusal: null,
      });
  });

  it('no with Linux’s plain-text fallback, even though safeStorage says it can encrypt', () => {
    for (const linuxBackend of ['basic_text', 'unknown', undefined])
      expect(
        rememberPolicy({ platform: 'linux', encryptionAvailable: true, linuxBackend }),
      ).toEqual({
        available: false,
        refusal: 'linuxPlainText',
      });
  });

  it('no when the keychain is not available', () => {
    expect(rememberPolicy({ platform: 'darwin', encryptionAvailable: false })).toEqual({
      available: false,
      refusal: 'unavailable',
    });
  });
});

describe('the desktop app’s key store', () => {
  const KEY = `x'${'0f'.repeat(48)}'`;
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-keys-'));
    fake.available = true;
    fake.backend = 'gnome_libsecret';
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const file = () => path.join(dataDir, REMEMBERED_KEY_FILE);

  it('keeps the key encrypted by the keychain in a private file, and forgets it', async () => {
    const store = await openElectronKeyStore(dataDir);
    expect(store.recall()).toBeNull();
    await store.remember(KEY);
    expect(fs.statSync(file()).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file()).includes(Buffer.from(KEY))).toBe(false);
    expect((await openElectronKeyStore(dataDir)).recall()).toBe(KEY);
    await store.forget();
    expect(fs.existsSync(file())).toBe(false);
    expect((await openElectronKeyStore(dataDir)).recall()).toBeNull();
  });

  it('writes nothing on Linux’s plain-text fallback, and erases a key kept before', async () => {
    await (await openElectronKeyStore(dataDir)).remember(KEY);
    fake.backend = 'basic_text';
    const store = await openElectronKeyStore(dataDir);
    expect(store.status()).toEqual({ available: false, refusal: 'linuxPlainText' });
    expect(store.recall()).toBeNull();
    expect(fs.existsSync(file())).toBe(false);
    await store.remember(KEY);
    expect(fs.existsSync(file())).toBe(false);
  });
});
