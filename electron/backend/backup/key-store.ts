import type { RememberRefusal } from './session';

/**
 * Where a shell may keep the database key between runs so the user is not asked for the
 * passphrase at every start. The desktop app keeps it with the system's keychain (Electron's
 * safeStorage, see electron/main/key-store.ts); the browser host cannot, and says why.
 */
export interface KeyStore {
  status(): { available: boolean; refusal: RememberRefusal | null };
  /** The key remembered for this data folder, or null. */
  recall(): string | null;
  remember(key: string): void | Promise<void>;
  forget(): void | Promise<void>;
}

export const noKeyStore: KeyStore = {
  status: () => ({ available: false, refusal: 'browserHost' }),
  recall: () => null,
  remember: () => {},
  forget: () => {},
};
