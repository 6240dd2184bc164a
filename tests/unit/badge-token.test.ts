import { describe, expect, it } from 'vitest';
import {
  TOKEN_ALPHABET,
  encodeToken,
  formatTokenForPrint,
  isToken,
  qrPayload,
  readScan,
} from '../../shared/domain/badge-token';

const bytes = (seed: number) =>
  Uint8Array.from({ length: 16 }, (_, i) => (seed * 31 + i * 17) & 255);
const TOKEN = encodeToken(bytes(7));

/**
 * What a keyboard layout types for each US key position (lower case, no Shift), for the keys the
 * tests press: the way a USB scanner's key codes come out on a computer set to that layout.
 */
const US_KEYS = 'qwertyuiopasdfghjklzxcvbnm';
const LAYOUT_KEYS: Record<string, string> = {
  azerty: 'azertyuiopqsdfghjklwxcvbn,',
  qwertz: 'qwertzuiopasdfghjklyxcvbnm',
  russian: 'йцукенгшщзфывапролдячсмить',
  greek: ';ςερτυθιοπασδφγηξκλζχψωβνμ',
  arabic: 'ضصثقفغعهخحشسيبلاتنمئءؤرلاىة',
  hebrew: "/'קראטוןםפשדגכעיחלךזסבהנמצ",
};

/** Types `text` (US key positions) as `layout` would; `shift` holds Shift as scanners do for capitals. */
function typeOn(layout: string, text: string, caps = false): string {
  const keys = [...(LAYOUT_KEYS[layout] ?? US_KEYS)];
  // The Arabic B key types two letters (lam-alef): its entry takes two places in the string above.
  if (layout === 'arabic') keys.splice(23, 2, 'لا');
  const out = [...text.toLowerCase()]
    .map((ch) => {
      const at = US_KEYS.indexOf(ch);
      return at === -1 ? ch : keys[at]!;
    })
    .join('');
  return caps ? out.toUpperCase() : out;
}

describe('badge tokens', () => {
  it('are 32 letters of the 16-letter alphabet, two per random byte', () => {
    expect(TOKEN).toHaveLength(32);
    expect(isToken(TOKEN)).toBe(true);
    expect(encodeToken(new Uint8Array(16))).toBe('C'.repeat(32));
    expect(encodeToken(new Uint8Array(16).fill(255))).toBe('X'.repeat(32));
    expect(() => encodeToken(new Uint8Array(8))).toThrow();
  });

  it('use only letters that no Latin layout moves and that cannot be read as digits', () => {
    for (const letter of 'AQWZMYBIOU') expect(TOKEN_ALPHABET).not.toContain(letter);
    expect(new Set(TOKEN_ALPHABET).size).toBe(16);
    for (const layout of ['azerty', 'qwertz'])
      expect(typeOn(layout, TOKEN_ALPHABET.toLowerCase())).toBe(TOKEN_ALPHABET.toLowerCase());
  });

  it('print in groups of four and go into the QR code in lower case', () => {
    expect(formatTokenForPrint('CDEFGHJKLNPRSTVXCDEFGHJKLNPRSTVX')).toBe(
      'CDEF GHJK LNPR STVX CDEF GHJK LNPR STVX',
    );
    expect(qrPayload(TOKEN)).toBe(TOKEN.toLowerCase());
  });
});

describe('reading what the scanner typed', () => {
  const payload = qrPayload(TOKEN);

  it('reads the token as typed, in either case, with a scanner prefix or suffix', () => {
    expect(readScan(payload)).toEqual({ kind: 'token', token: TOKEN, layout: null });
    expect(readScan(TOKEN)).toEqual({ kind: 'token', token: TOKEN, layout: null });
    expect(readScan(`\u0002${payload}\r\n`)).toMatchObject({ token: TOKEN });
    expect(readScan(formatTokenForPrint(TOKEN))).toMatchObject({ token: TOKEN });
  });

  it('reads it back from AZERTY and QWERTZ computers, Caps Lock on or off', () => {
    for (const layout of ['azerty', 'qwertz'])
      for (const caps of [false, true])
        expect(readScan(typeOn(layout, payload, caps))).toEqual({
          kind: 'token',
          token: TOKEN,
          layout: null,
        });
  });

  it('maps Russian, Greek, Arabic and Hebrew layouts back to the token and says which it was', () => {
    for (const layout of ['russian', 'greek', 'arabic', 'hebrew'] as const) {
      const typed = typeOn(layout, payload);
      expect(typed).not.toBe(payload);
      expect(readScan(typed)).toEqual({ kind: 'token', token: TOKEN, layout });
    }
    // Caps Lock on Cyrillic and Greek layouts types capitals; a final capital sigma lower-cases to ς.
    expect(readScan(typeOn('russian', payload, true))).toMatchObject({ token: TOKEN });
    const endsInS = encodeToken(Uint8Array.from({ length: 16 }, () => 0xcc));
    expect(endsInS.endsWith('S')).toBe(true);
    expect(readScan(typeOn('greek', qrPayload(endsInS), true))).toEqual({
      kind: 'token',
      token: endsInS,
      layout: 'greek',
    });
  });

  it('says a code is unreadable rather than searching for it as a name', () => {
    expect(readScan('https://example.org/e/1234/checkin')).toEqual({
      kind: 'unreadable',
      reason: 'not_a_badge',
    });
    expect(readScan('4006381333931')).toMatchObject({ kind: 'text' }); // a product bar code: 13 digits only
    expect(readScan('TKT-2026-000183-AB')).toEqual({ kind: 'unreadable', reason: 'not_a_badge' });
    // Cut short, or one letter too many.
    expect(readScan(payload.slice(0, 24))).toEqual({ kind: 'unreadable', reason: 'not_a_badge' });
    expect(readScan(`${payload}c`)).toEqual({ kind: 'unreadable', reason: 'not_a_badge' });
    // A layout no table knows (Arabic with Shift held for capitals) is said to be the layout's doing.
    const shiftedArabic = '}][ـ،/آ؛ٌٍ{ْ}][ـ،/آ؛ٌٍ{ْ}][ـ،/آ؛ٌٍ{ْ';
    expect(readScan(shiftedArabic)).toEqual({ kind: 'unreadable', reason: 'layout' });
  });

  it('leaves names, organisations, countries and emails to the search', () => {
    for (const typed of [
      'nun',
      'Núñez',
      'Bundeskriminalamt',
      'Jean-Luc Dupont',
      "O'Brien",
      'Côte d’Ivoire',
      'محمد',
      'ana.nunez@example.org',
      'Policía Nacional de Colombia',
    ])
      expect(readScan(` ${typed} `)).toEqual({ kind: 'text', text: typed });
  });
});
