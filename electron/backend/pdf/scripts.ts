/**
 * Which font family draws each character: chosen by the character's script, so a line with a Latin
 * organisation, an Arabic name and a Chinese name uses three fonts. Pure: font coverage comes in as
 * a function.
 */
import { FONT_FAMILIES, type FontFamily } from './fonts';

const BY_SCRIPT: [RegExp, FontFamily][] = [
  [/\p{Script=Arabic}/u, 'arabic'],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u, 'cjk'],
  [/\p{Script=Hangul}/u, 'korean'],
  [/\p{Script=Thai}/u, 'thai'],
  [/\p{Script=Devanagari}/u, 'devanagari'],
  [/\p{Script=Ethiopic}/u, 'ethiopic'],
];

// Spaces, digits, punctuation and combining marks belong to no script: they take their neighbours'.
const NEUTRAL = /^[\p{Script=Common}\p{Script=Inherited}]$/u;

/** Scripts written right to left: fontkit reverses a run of them when it shapes it. */
const RTL_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

/** True when the text holds a letter of a right-to-left script. */
export const hasRtlScript = (text: string): boolean => RTL_SCRIPT.test(text);

/** The family a character's script asks for; null for characters of no script. */
export function scriptFamily(char: string): FontFamily | null {
  if (NEUTRAL.test(char)) return null;
  for (const [pattern, family] of BY_SCRIPT) if (pattern.test(char)) return family;
  return 'sans';
}

const PRINTABLE_ASCII = /^[\x20-\x7e\n]*$/;

export type HasGlyph = (family: FontFamily, codePoint: number) => boolean;

/**
 * The family of each UTF-16 unit of `text` (both halves of a surrogate pair get the same). A
 * character its script's font lacks goes to the first family that has it; a neutral one stays with
 * the letters before it (or after it, at the start) when their font has it, so "محمد، علي" keeps
 * its Arabic comma in the Arabic font and "(Lyon)" its brackets in the Latin one.
 */
export function assignFamilies(text: string, hasGlyph: HasGlyph): FontFamily[] {
  // Most text of a programme is plain ASCII: one family, no need to look at each character.
  if (PRINTABLE_ASCII.test(text)) return new Array<FontFamily>(text.length).fill('sans');
  const chars = Array.from(text);
  const wanted = chars.map(scriptFamily);
  const families: FontFamily[] = [];
  let previous: FontFamily | null = null;
  const firstStrong = wanted.find((f) => f !== null) ?? 'sans';
  const fallback = (codePoint: number, preferred: FontFamily): FontFamily => {
    if (hasGlyph(preferred, codePoint)) return preferred;
    return FONT_FAMILIES.find((f) => f !== preferred && hasGlyph(f, codePoint)) ?? preferred;
  };
  chars.forEach((char, i) => {
    const codePoint = char.codePointAt(0)!;
    const family = fallback(codePoint, wanted[i] ?? previous ?? firstStrong);
    if (wanted[i] !== null) previous = family;
    for (let unit = 0; unit < char.length; unit++) families.push(family);
  });
  return families;
}
