import { searchWords } from '../../../shared/domain/search-text';

/** Quotes `text` as an FTS5 phrase, so nothing in it is read as an operator. */
export function ftsPhrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * The FTS5 expression over `person_search` for what was typed in a search box, or null when it
 * holds no letter or digit (then everyone matches).
 *
 * Every word typed must start a word of the person's text, in any order: "united ki" finds United
 * Kingdom, "cote d" Côte d’Ivoire, "li" Li and Lima but not Ali. So each letter typed can only
 * narrow the result, and a prefix of a query finds everyone the query finds. Punctuation, quotes,
 * operators and control characters separate words and are never syntax, so no query can fail.
 */
export function searchMatch(query: string): string | null {
  const words = new Set(searchWords(query));
  if (words.size === 0) return null;
  return [...words].map((word) => `${ftsPhrase(word)}*`).join(' AND ');
}
