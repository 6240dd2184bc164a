/** Rules for a new database passphrase, shared by the form and the contract. */
export const PASSPHRASE_MIN = 8;
export const PASSPHRASE_MAX = 1024;

// Characters nobody can type back reliably: control characters, and halves of a surrogate pair
// (text that is not valid Unicode, which UTF-8 would silently turn into U+FFFD).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The i18n key of what is wrong with a passphrase's characters, or null when it can be used. */
export function passphraseProblem(passphrase: string): string | null {
  if (CONTROL.test(passphrase) || LONE_SURROGATE.test(passphrase))
    return 'errors.passphraseCharacters';
  return null;
}

/**
 * The bytes a passphrase stands for: Unicode NFC, so the same visible passphrase typed on another
 * keyboard (which may compose "é" differently) opens the same database.
 */
export function passphraseText(passphrase: string): string {
  return passphrase.normalize('NFC');
}
