/**
 * Every name of a country, for matching and search: the displayed name first, then the aliases of
 * i18n-iso-countries ("Ivory Coast", "USA"). The alias lists are large, so only the backend loads
 * this module; the renderer shows names from countries.ts.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { countryCodes, countryName } from './countries';

countries.registerLocale(en);
countries.registerLocale(fr);

/** Every name of the country in `language`: the one shown first, then the package's aliases. */
export function countryNames(code: string, language: string): string[] {
  const lang = language.startsWith('fr') ? 'fr' : 'en';
  const aliases = countries.getName(code, lang, { select: 'all' }) ?? [];
  return [...new Set([countryName(code, lang), ...aliases])];
}

/**
 * A fingerprint of every displayed name: it changes when the names do (an override edited, a newer
 * ICU), which is when stored search documents holding the old names must be rebuilt.
 */
export function countryNamesStamp(): string {
  let hash = 0;
  for (const code of countryCodes())
    for (const name of [countryName(code, 'en'), countryName(code, 'fr')])
      for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}
