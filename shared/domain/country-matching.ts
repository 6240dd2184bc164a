/**
 * Resolving the many spellings of a country ("Cote d'Ivoire", "Côte d’Ivoire", "Ivory Coast", "CI",
 * "CIV", "la Côte-d'Ivoire") to one ISO code. The names come from the caller (the backend feeds the
 * packages' lists); this module only decides, and what it cannot decide it says so: a spelling that
 * matches no country or several is never guessed.
 */

const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l']);

/** Accents, case, apostrophes, hyphens, spacing and leading articles ignored: "La Côte-d’Ivoire" → "cotedivoire". */
export function countryKey(value: string): string {
  const words = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bst\b\.?/g, 'saint')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (words.length > 1 && ARTICLES.has(words[0] ?? '')) words.shift();
  return words.join('');
}

/** "Korea, Republic of" → "Republic of Korea": lists write names both ways. */
function uninverted(value: string): string | null {
  const comma = value.indexOf(',');
  if (comma <= 0) return null;
  return `${value.slice(comma + 1).trim()} ${value.slice(0, comma).trim()}`;
}

export interface CountryNames {
  code: string;
  names: readonly string[];
  /** Weaker names (demonyms: "French" is also the Southern Territories'), tried after `names`. */
  secondary?: readonly string[];
  /** A sovereign state: wins a tie on a secondary name against territories. */
  sovereign?: boolean;
}

export type CountryMatch =
  { kind: 'resolved'; code: string } | { kind: 'ambiguous'; codes: string[] } | { kind: 'unknown' };

export interface CountryMatcher {
  resolve(value: string): CountryMatch;
  /** Likely countries for a spelling that did not resolve, best first. */
  suggest(value: string, limit?: number): string[];
}

/** Edit distance, stopping early once it exceeds `max` (only small distances matter here). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

function addKeys(index: Map<string, Set<string>>, name: string, code: string): void {
  for (const variant of [name, uninverted(name)]) {
    if (!variant) continue;
    const key = countryKey(variant);
    if (!key) continue;
    const codes = index.get(key) ?? new Set<string>();
    codes.add(code);
    index.set(key, codes);
  }
}

function lookup(index: Map<string, Set<string>>, value: string): Set<string> | undefined {
  for (const variant of [value, uninverted(value)]) {
    const codes = variant ? index.get(countryKey(variant)) : undefined;
    if (codes) return codes;
  }
  return undefined;
}

/** Builds a matcher over every name of every country. */
export function createCountryMatcher(countries: readonly CountryNames[]): CountryMatcher {
  const primary = new Map<string, Set<string>>();
  const secondary = new Map<string, Set<string>>();
  const sovereign = new Set<string>();
  for (const c of countries) {
    for (const name of c.names) addKeys(primary, name, c.code);
    for (const name of c.secondary ?? []) addKeys(secondary, name, c.code);
    if (c.sovereign) sovereign.add(c.code);
  }
  const keys = [...new Set([...primary.keys(), ...secondary.keys()])];
  const cache = new Map<string, CountryMatch>();

  function decide(codes: Set<string> | undefined, preferSovereign: boolean): CountryMatch | null {
    if (!codes) return null;
    let list = [...codes].sort();
    if (list.length > 1 && preferSovereign) {
      const states = list.filter((c) => sovereign.has(c));
      if (states.length === 1) list = states;
    }
    return list.length === 1
      ? { kind: 'resolved', code: list[0] ?? '' }
      : { kind: 'ambiguous', codes: list };
  }

  function resolve(value: string): CountryMatch {
    const cached = cache.get(value);
    if (cached) return cached;
    const match = decide(lookup(primary, value), false) ??
      decide(lookup(secondary, value), true) ?? { kind: 'unknown' };
    cache.set(value, match);
    return match;
  }

  function suggest(value: string, limit = 5): string[] {
    const match = resolve(value);
    if (match.kind === 'ambiguous') return match.codes.slice(0, limit);
    const key = countryKey(value);
    if (key.length < 2) return [];
    const max = Math.max(1, Math.floor(key.length / 4));
    const scored = new Map<string, number>();
    for (const candidate of keys) {
      let s: number;
      if (
        key.length >= 4 &&
        candidate.length >= 4 &&
        (candidate.startsWith(key) || key.startsWith(candidate))
      )
        s = Math.abs(candidate.length - key.length) / 100;
      else {
        const d = distance(key, candidate, max);
        if (d > max) continue;
        s = d;
      }
      for (const code of [...(primary.get(candidate) ?? []), ...(secondary.get(candidate) ?? [])])
        scored.set(code, Math.min(scored.get(code) ?? Infinity, s));
    }
    return [...scored.entries()]
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([code]) => code);
  }

  return { resolve, suggest };
}
