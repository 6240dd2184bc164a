/**
 * ISO 3166-1 countries and their names in the app's languages, the same in the renderer (Chromium)
 * and in the backend (Node), so a list on screen and a document the backend makes agree.
 *
 * Names are Unicode CLDR's, as the runtime's ICU carries them (`Intl.DisplayNames`): CLDR is
 * maintained and uses the forms people expect ("Czechia", "Côte d’Ivoire", "Tchéquie"). A short
 * list of overrides covers CLDR's informal short forms ("Congo - Brazzaville", "St. Kitts &
 * Nevis") and the few names on which Node's and Chromium's ICU versions disagree ("Hong Kong SAR
 * China" vs "Hong Kong"). Codes come from i18n-iso-countries; its long alias lists stay in the
 * backend (country-aliases.ts), out of the renderer's bundle.
 */
// The package's code table alone: its entry point also loads a diacritics table the renderer
// would carry for nothing.
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };

const ALPHA2: readonly string[] = codes.map((c) => c[0] ?? '');
const KNOWN = new Set(ALPHA2);

/** Every ISO 3166-1 alpha-2 code. */
export function countryCodes(): readonly string[] {
  return ALPHA2;
}

/** True for an ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return KNOWN.has(code);
}

type NameLanguage = 'en' | 'fr';

/**
 * Where CLDR's short name is informal for an official list, or where ICU versions differ (checked
 * against Node 20's ICU 78 and Chromium 156): the names UN and EU style guides use.
 */
const OVERRIDES: Record<string, Partial<Record<NameLanguage, string>>> = {
  CD: { en: 'Democratic Republic of the Congo', fr: 'République démocratique du Congo' },
  CG: { en: 'Republic of the Congo', fr: 'République du Congo' },
  FK: { en: 'Falkland Islands', fr: 'Îles Malouines' },
  HK: { en: 'Hong Kong', fr: 'Hong Kong' },
  MF: { en: 'Saint Martin (French part)', fr: 'Saint-Martin (partie française)' },
  MO: { en: 'Macao', fr: 'Macao' },
  PS: { en: 'Palestine', fr: 'Palestine' },
  VC: { en: 'Saint Vincent and the Grenadines' },
};

/** CLDR's English short forms write "St." and "&"; official lists spell them out. */
const spelledOut = (name: string) => name.replace(/^St\. /, 'Saint ').replace(/ & /g, ' and ');

const displayNames = new Map<NameLanguage, Intl.DisplayNames | null>();

function displayNamesFor(language: NameLanguage): Intl.DisplayNames | null {
  let names = displayNames.get(language);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    } catch {
      names = null; // an ICU without display names: codes are shown rather than nothing
    }
    displayNames.set(language, names);
  }
  return names;
}

const cache = new Map<string, string>();

/** The country's name in `language` ('en' or 'fr'; others fall back to English), or its code. */
export function countryName(code: string, language: string): string {
  const lang: NameLanguage = language.startsWith('fr') ? 'fr' : 'en';
  const key = `${lang}:${code}`;
  let name = cache.get(key);
  if (name === undefined) {
    const cldr = displayNamesFor(lang)?.of(code) ?? code;
    name = OVERRIDES[code]?.[lang] ?? (lang === 'en' ? spelledOut(cldr) : cldr);
    cache.set(key, name);
  }
  return name;
}
