/**
 * ISO 3166-1 countries from the maintained i18n-iso-countries package, with names in the app's
 * languages. Region schemes are added by the people feature.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };

countries.registerLocale(en);
countries.registerLocale(fr);

const ALPHA2 = Object.keys(countries.getAlpha2Codes());

/** Every ISO 3166-1 alpha-2 code. */
export function countryCodes(): readonly string[] {
  return ALPHA2;
}

/** True for an ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return countries.isValid(code) && /^[A-Z]{2}$/.test(code);
}

/** The country's name in `language` ('en' or 'fr'), falling back to English, then the code. */
export function countryName(code: string, language: string): string {
  const lang = language.startsWith('fr') ? 'fr' : 'en';
  return countries.getName(code, lang) ?? countries.getName(code, 'en') ?? code;
}

/** Every name of the country in `language`: the official one first, then aliases ("Ivory Coast"). */
export function countryNames(code: string, language: string): string[] {
  const lang = language.startsWith('fr') ? 'fr' : 'en';
  return countries.getName(code, lang, { select: 'all' }) ?? [];
}
