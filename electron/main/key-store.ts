import fs from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import type { KeyStore } from '../backend/backup/key-store';
import { isDatabaseKey } from '../backend/db/database-key';
import { writePrivateFile } from '../backend/db/private-files';
import { rememberPolicy } from './key-store-policy';

/** The remembered key, encrypted by the system's keychain, beside the database it opens. */
export const REMEMBERED_KEY_FILE = 'remembered-key.bin';

/**
 * The desktop app's key store: Electron's safeStorage (Keychain, DPAPI, libsecret or KWallet)
 * encrypts the database key into a private file. Call once the app is ready. When this computer
 * cannot keep it safely (rememberPolicy), nothing is written and a key left from before is erased.
 */
export async function openElectronKeyStore(dataDir: string): Promise<KeyStore> {
  const file = path.join(dataDir, REMEMBERED_KEY_FILE);
  const policy = rememberPolicy({
    platform: process.platform,
    encryptionAvailable: await safeStorage.isAsyncEncryptionAvailable(),
    ...(process.platform === 'linux'
      ? { linuxBackend: safeStorage.getSelectedStorageBackend() }
      : {}),
  });
  let key: string | null = null;
  if (!policy.available) fs.rmSync(file, { force: true });
  else if (fs.existsSync(file)) {
    try {
      const { result } = await safeStorage.decryptStringAsync(fs.readFileSync(file));
      key = isDatabaseKey(result) ? result : null;
    } catch {
      key = null; // Encrypted for another account or keychain: the passphrase is asked.
    }
  }
  return {
    status: () => policy,
    recall: () => key,
    async remember(next) {
      if (!policy.available) return;
      writePrivateFile(file, await safeStorage.encryptStringAsync(next));
      key = next;
    },
    forget() {
      key = null;
      fs.rmSync(file, { force: true });
    },
  };
}
