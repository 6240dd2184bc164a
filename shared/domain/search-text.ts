/**
 * How search text is folded and cut into words, the same way for what is indexed and what is typed,
 * so that "cote d'ivoire" finds "Côte d’Ivoire", "soren" finds "Søren" and "jean pierre" finds
 * "Jean-Pierre".
 */

const PRINTABLE_ASCII = /^[ -~]*$/;

// Letters that Unicode decomposition leaves whole but that people type as their base letters, and
// apostrophes that Unicode files as letters (ʼ U+02BC) though they separate words as ’ and ' do.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ς: 'σ',
  ʹ: ' ',
  ʻ: ' ',
  ʼ: ' ',
  ʽ: ' ',
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu');

/**
 * Lower-case letters and digits without accents, every run of anything else (spaces, apostrophes
 * of any kind, dashes, dots, quotes, brackets, control characters) one space; trimmed.
 */
export function foldSearchText(text: string): string {
  // Most names and emails are printable ASCII: no accents to strip, so no Unicode passes.
  if (PRINTABLE_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      // Hangul decomposes into jamo: put the syllables back together, as they are typed.
      .normalize('NFC')
  );
}

/** The words of `text` as search sees them: folded, in order, possibly repeated. */
export function searchWords(text: string): string[] {
  const folded = foldSearchText(text);
  return folded ? folded.split(' ') : [];
}

/**
 * The text to index: every distinct word of `names` and `others` (organisation, email, country
 * names …) once, separated by spaces. A name written with an apostrophe or a dash ("O’Brien",
 * "N’Diaye", "Jean-Pierre") is also indexed joined ("obrien"), as people often type it so. Only
 * names: joined elisions of other text ("l’Intérieur") would make "li" find a whole ministry.
 */
export function searchDocument(
  names: readonly string[],
  others: readonly string[],
  /** Words of other text already folded (by searchWords), e.g. a country's names kept per code. */
  folded: readonly string[] = [],
): string {
  const words = new Set<string>();
  for (const name of names)
    for (const chunk of name.split(/\s+/u)) {
      const pieces = searchWords(chunk);
      for (const piece of pieces) words.add(piece);
      if (pieces.length > 1) words.add(pieces.join(''));
    }
  for (const other of others) for (const word of searchWords(other)) words.add(word);
  for (const word of folded) words.add(word);
  return [...words].join(' ');
}
