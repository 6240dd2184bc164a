import type { RememberRefusal } from '../backend/backup/session';

/** What the desktop app learns from Electron's safeStorage about this computer. */
export interface KeychainFacts {
  platform: NodeJS.Platform;
  /** safeStorage can encrypt (macOS Keychain, Windows DPAPI, a Linux secret service). */
  encryptionAvailable: boolean;
  /** On Linux, safeStorage.getSelectedStorageBackend(). */
  linuxBackend?: string;
}

export type RememberPolicy =
  { available: true; refusal: null } | { available: false; refusal: RememberRefusal };

/**
 * Whether the database key may be remembered on this computer. On Linux without a secret service,
 * safeStorage falls back to "basic_text": a key hard-coded in Chromium, which protects nothing, so
 * remembering is refused there (and when the backend is not known yet). Pure, so it is tested
 * without an Electron binary; electron/main/key-store.ts only feeds it Electron's answers.
 */
export function rememberPolicy(facts: KeychainFacts): RememberPolicy {
  if (facts.platform === 'linux' && (facts.linuxBackend ?? 'unknown') in PLAIN_TEXT_BACKENDS)
    return { available: false, refusal: 'linuxPlainText' };
  if (!facts.encryptionAvailable) return { available: false, refusal: 'unavailable' };
  return { available: true, refusal: null };
}

const PLAIN_TEXT_BACKENDS = { basic_text: true, unknown: true } as const;
