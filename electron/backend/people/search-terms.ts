import { normaliseName } from '../../../shared/domain/people';

/** FTS5's trigram tokenizer cannot look up fewer than three characters. */
const TRIGRAM = 3;

/** A search box's text split into what the index can find and what it cannot. */
export interface SearchTerms {
  /** An FTS5 MATCH expression (every long word as a quoted phrase, all required), or null. */
  match: string | null;
  /**
   * LIKE patterns over `' ' || person.name_key` for words of one or two characters. The trigram
   * index cannot serve them, and a one-letter substring would match nearly everyone, so a short
   * word matches the start of a given or family name: typing "Li" finds Li Wei and Lima, not Ali.
   */
  namePrefixes: string[];
  /**
   * The same short words as an FTS5 expression over `person_name` (each a token prefix, all
   * required), or null: the indexed equivalent of `namePrefixes`, for queries with no long word.
   */
  nameMatch: string | null;
}

/** Quotes `word` as an FTS5 phrase, so operators and punctuation in it are searched as text. */
export function ftsPhrase(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

/** Splits a query into FTS5 phrases and short name prefixes; both empty when nothing is typed. */
export function searchTerms(query: string): SearchTerms {
  const phrases: string[] = [];
  const namePrefixes: string[] = [];
  const nameWords: string[] = [];
  for (const word of query.trim().split(/\s+/u)) {
    if (!word) continue;
    if ([...word].length >= TRIGRAM) {
      phrases.push(ftsPhrase(word));
      continue;
    }
    // normaliseName yields only letters, digits and spaces, so no LIKE wildcard can slip in.
    for (const part of normaliseName(word).split(' ')) {
      if (!part) continue;
      namePrefixes.push(`% ${part}%`);
      nameWords.push(`${ftsPhrase(part)}*`);
    }
  }
  return {
    match: phrases.length ? phrases.join(' AND ') : null,
    namePrefixes,
    nameMatch: nameWords.length ? nameWords.join(' AND ') : null,
  };
}

/** True when the query has nothing to search for (every row matches). */
export function isEmptySearch(terms: SearchTerms): boolean {
  return terms.match === null && terms.namePrefixes.length === 0;
}
