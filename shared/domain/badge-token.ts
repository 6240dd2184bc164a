/**
 * The opaque token a badge's QR code carries: 128 random bits, nothing personal, read back from a
 * USB scanner that types it as a keyboard would.
 *
 * A scanner sends key positions, and the computer turns them into characters with *its* keyboard
 * layout. The alphabet is therefore made of the 16 letters that sit on the same keys in every Latin
 * layout in use at these meetings and read unambiguously when printed:
 * - not A, Q, W, Z, M (AZERTY moves them), Y (QWERTZ swaps it with Z);
 * - not B (an Arabic layout types "لا" for B, the same as for the G and H keys in a row);
 * - not I, O, U (read as 1, 0 and V when a registrar types a code from a damaged badge);
 * - no digits (AZERTY types &é"'(-è_çà for them unless Shift is held) and no punctuation.
 * What is left is the same on QWERTY, AZERTY and QWERTZ, and upper or lower case (Caps Lock) reads
 * the same. Layouts with other scripts (Russian, Greek, Arabic, Hebrew) type other letters for the
 * same keys; `readScan` maps them back. 4 bits a letter: 32 letters, which a QR code holds in its
 * compact alphanumeric mode.
 */

export const TOKEN_ALPHABET = 'CDEFGHJKLNPRSTVX';
export const TOKEN_LENGTH = 32;
/** The random bytes a token is made of. */
export const TOKEN_BYTES = TOKEN_LENGTH / 2;

const TOKEN_PATTERN = new RegExp(`^[${TOKEN_ALPHABET}]{${TOKEN_LENGTH}}$`);

/** The token for 16 random bytes: each byte as two letters, high half first. */
export function encodeToken(bytes: Uint8Array): string {
  if (bytes.length !== TOKEN_BYTES) throw new Error(`A badge token takes ${TOKEN_BYTES} bytes.`);
  let out = '';
  for (const b of bytes) out += TOKEN_ALPHABET[b >> 4]! + TOKEN_ALPHABET[b & 15]!;
  return out;
}

/** True for a well-formed token (upper case, right letters, right length). */
export function isToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** The token in groups of four, as printed under the QR code for a human to type if need be. */
export function formatTokenForPrint(token: string): string {
  return token.replace(/(.{4})(?!$)/g, '$1 ');
}

/**
 * Keyboard layouts whose letters differ from the Latin ones: for each of the alphabet's keys, the
 * character that layout types (lower case). Ukrainian differs from Russian on the S key only.
 */
// prettier-ignore
const LAYOUTS = {
  russian: { C: 'с', D: 'в', E: 'у', F: 'а', G: 'п', H: 'р', J: 'о', K: 'л', L: 'д', N: 'т', P: 'з', R: 'к', S: 'ы', T: 'е', V: 'м', X: 'ч' },
  ukrainian: { C: 'с', D: 'в', E: 'у', F: 'а', G: 'п', H: 'р', J: 'о', K: 'л', L: 'д', N: 'т', P: 'з', R: 'к', S: 'і', T: 'е', V: 'м', X: 'ч' },
  greek: { C: 'ψ', D: 'δ', E: 'ε', F: 'φ', G: 'γ', H: 'η', J: 'ξ', K: 'κ', L: 'λ', N: 'ν', P: 'π', R: 'ρ', S: 'σ', T: 'τ', V: 'ω', X: 'χ' },
  arabic: { C: 'ؤ', D: 'ي', E: 'ث', F: 'ب', G: 'ل', H: 'ا', J: 'ت', K: 'ن', L: 'م', N: 'ى', P: 'ح', R: 'ق', S: 'س', T: 'ف', V: 'ر', X: 'ء' },
  hebrew: { C: 'ב', D: 'ג', E: 'ק', F: 'כ', G: 'ע', H: 'י', J: 'ח', K: 'ל', L: 'ך', N: 'מ', P: 'פ', R: 'ר', S: 'ד', T: 'א', V: 'ה', X: 'ס' },
} as const satisfies Record<string, Record<string, string>>;

export type ScanLayout = keyof typeof LAYOUTS;
export const SCAN_LAYOUTS = Object.keys(LAYOUTS) as ScanLayout[];

const REVERSE: Record<ScanLayout, Map<string, string>> = Object.fromEntries(
  SCAN_LAYOUTS.map((layout) => [
    layout,
    new Map(Object.entries(LAYOUTS[layout]).map(([latin, typed]) => [typed, latin])),
  ]),
) as Record<ScanLayout, Map<string, string>>;
// Lower-casing a capital sigma at the end of a word gives the final form (the W key's letter,
// outside the alphabet), so Caps Lock on a Greek layout still reads back.
REVERSE.greek.set('ς', 'S');

/**
 * What the QR code holds: the token in lower case. A scanner types upper case by holding Shift,
 * and Shift turns the keys of an Arabic layout into other signs; unshifted keys read back on
 * every layout above, and Latin ones do not care.
 */
export function qrPayload(token: string): string {
  return token.toLowerCase();
}

/** What the desk's field holds when Enter is pressed. */
export type ScanReading =
  /** A badge token; `layout` names the keyboard layout it had to be read back from, if any. */
  | { kind: 'token'; token: string; layout: ScanLayout | null }
  /**
   * Scanner output that is no badge of ours (`not_a_badge`), or letters of another script that no
   * known layout turns back into a token (`layout`: the computer's keyboard layout garbles it).
   */
  | { kind: 'unreadable'; reason: 'not_a_badge' | 'layout' }
  /** Something a person typed: a name, an organisation or a country to search for. */
  | { kind: 'text'; text: string };

// Spaces (a code typed in its printed groups), control characters a scanner may add as prefix or
// suffix, and the direction marks some right-to-left layouts insert.
const NOISE = /[\s\p{Cc}\p{Cf}]/gu;
/** Shorter than this, a run without spaces is a word someone typed ("Bundeskriminalamt" has 17). */
const LONG_RUN = 24;

/**
 * Reads what a scanner (or a registrar) typed: a badge token, as typed or mangled by a non-Latin
 * keyboard layout or Caps Lock; scanner output that cannot be one of our badges; or a search.
 */
export function readScan(input: string): ScanReading {
  const compact = input.normalize('NFC').replace(NOISE, '');
  const upper = compact.toUpperCase();
  if (isToken(upper)) return { kind: 'token', token: upper, layout: null };
  const lower = compact.toLowerCase();
  for (const layout of SCAN_LAYOUTS) {
    const map = REVERSE[layout];
    let token = '';
    for (const ch of lower) {
      const latin = map.get(ch);
      if (!latin) break;
      token += latin;
    }
    if (isToken(token)) return { kind: 'token', token, layout };
  }
  const trimmed = input.trim();
  if (looksScanned(trimmed, upper))
    return { kind: 'unreadable', reason: NON_LATIN.test(compact) ? 'layout' : 'not_a_badge' };
  return { kind: 'text', text: trimmed };
}

/** Letters of a script other than Latin, or the signs an Arabic layout types with Shift. */
const NON_LATIN = /[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]|[{}[\]]/u;

/**
 * True for scanner output rather than a search: a long run without a space, a run that mixes
 * letters with digits or symbols the way codes do, or a badge code cut short or overlong.
 */
function looksScanned(trimmed: string, upper: string): boolean {
  if (/\s/.test(trimmed) && !isSpacedCode(trimmed)) return false;
  // An email typed to find someone.
  if (/^[^@\s]+@[^@\s]+$/.test(trimmed)) return false;
  if (upper.length >= LONG_RUN) return true;
  if (upper.length >= 12 && /[\p{N}\p{S}\p{P}]/u.test(upper) && /\p{L}/u.test(upper))
    return !/^[\p{L}'’-]+$/u.test(upper);
  // A printed code typed with a letter missing or one too many: all alphabet letters, no vowel
  // but E, far longer than any name.
  return upper.length >= 16 && new RegExp(`^[${TOKEN_ALPHABET}]+$`).test(upper);
}

/** A badge code typed in its printed groups of four ("CDEF GHJK …"). */
function isSpacedCode(trimmed: string): boolean {
  return new RegExp(`^([${TOKEN_ALPHABET}]{1,4} )+[${TOKEN_ALPHABET}]{1,4}$`, 'i').test(trimmed);
}
