import worldCountries from 'world-countries';
import isoCountries from 'i18n-iso-countries';
import { countryCodes, isCountryCode } from '../../../shared/domain/countries';
import { countryNames } from '../../../shared/domain/country-aliases';
import {
  createCountryMatcher,
  type CountryMatcher,
  type CountryNames,
} from '../../../shared/domain/country-matching';

let matcher: CountryMatcher | null = null;

// Abbreviations common in francophone correspondence that neither package lists.
const FRENCH_ABBREVIATIONS: Record<string, string[]> = {
  CD: ['RDC', 'RD Congo'],
  CF: ['RCA', 'Centrafrique'],
  AE: ['EAU'],
  US: ['EUA'],
};

/**
 * Every name we know for each country: ISO codes, the names the app shows (so an exported list
 * imports back), English and French names and aliases from i18n-iso-countries, and world-countries' common, official, native and French names, alternative
 * spellings and demonyms (nationality columns say "Ivorian", "Sénégalaise"). Built once: the lists
 * are large and only the backend loads them.
 */
export function countryMatcher(): CountryMatcher {
  if (matcher) return matcher;
  const names = new Map<string, Set<string>>();
  const demonyms = new Map<string, Set<string>>();
  const sovereign = new Set<string>();
  const addTo =
    (map: Map<string, Set<string>>) =>
    (code: string, ...values: (string | undefined)[]) => {
      if (!isCountryCode(code)) return;
      const set = map.get(code) ?? new Set<string>();
      for (const v of values) if (v) set.add(v);
      map.set(code, set);
    };
  const add = addTo(names);
  for (const code of countryCodes())
    add(
      code,
      code,
      isoCountries.alpha2ToAlpha3(code),
      ...countryNames(code, 'en'),
      ...countryNames(code, 'fr'),
    );
  for (const c of worldCountries) {
    const native = Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]);
    const french = c.translations.fra;
    addTo(demonyms)(c.cca2, ...Object.values(c.demonyms ?? {}).flatMap((d) => [d.f, d.m]));
    if (c.independent) sovereign.add(c.cca2);
    add(
      c.cca2,
      c.cca3,
      c.name.common,
      c.name.official,
      ...native,
      french?.common,
      french?.official,
      ...c.altSpellings,
    );
  }
  for (const [code, abbreviations] of Object.entries(FRENCH_ABBREVIATIONS))
    add(code, ...abbreviations);
  const list: CountryNames[] = [...names].map(([code, set]) => ({
    code,
    names: [...set],
    secondary: [...(demonyms.get(code) ?? [])],
    sovereign: sovereign.has(code),
  }));
  matcher = createCountryMatcher(list);
  return matcher;
}
