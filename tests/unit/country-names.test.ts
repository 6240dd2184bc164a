import { describe, expect, it } from 'vitest';
import { countryCodes, countryName } from '../../shared/domain/countries';
import { countryNames, countryNamesStamp } from '../../shared/domain/country-aliases';
import { countryMatcher } from '../../electron/backend/imports/country-index';

describe('country names', () => {
  it('uses the forms people expect, in English and French', () => {
    const names = (code: string) => [countryName(code, 'en'), countryName(code, 'fr')];
    expect(names('CI')).toEqual(['Côte d’Ivoire', 'Côte d’Ivoire']);
    expect(names('CZ')).toEqual(['Czechia', 'Tchéquie']);
    expect(names('CN')).toEqual(['China', 'Chine']);
    expect(names('US')).toEqual(['United States', 'États-Unis']);
    expect(names('RU')).toEqual(['Russia', 'Russie']);
    expect(names('CD')).toEqual([
      'Democratic Republic of the Congo',
      'République démocratique du Congo',
    ]);
    expect(names('CG')).toEqual(['Republic of the Congo', 'République du Congo']);
    expect(names('KN')).toEqual(['Saint Kitts and Nevis', 'Saint-Christophe-et-Niévès']);
    expect(names('BA')).toEqual(['Bosnia and Herzegovina', 'Bosnie-Herzégovine']);
    expect(names('HK')).toEqual(['Hong Kong', 'Hong Kong']);
    expect(names('PS')).toEqual(['Palestine', 'Palestine']);
    // A language the app does not ship yet falls back to English.
    expect(countryName('DE', 'es')).toBe('Germany');
  });

  it('names every ISO country in both languages, each name once', () => {
    for (const language of ['en', 'fr']) {
      const names = countryCodes().map((code) => countryName(code, language));
      names.forEach((name, i) => expect(name, countryCodes()[i]).not.toBe(countryCodes()[i]));
      expect(names.filter((n) => n.includes('&') || n.startsWith('St. '))).toEqual([]);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('resolves every shown name back to its country, and keeps the old aliases', () => {
    const matcher = countryMatcher();
    for (const code of countryCodes())
      for (const language of ['en', 'fr'])
        expect(matcher.resolve(countryName(code, language)), `${code} ${language}`).toEqual({
          kind: 'resolved',
          code,
        });
    for (const [alias, code] of [
      ['Ivory Coast', 'CI'],
      ['Czech Republic', 'CZ'],
      ["Côte-d'Ivoire", 'CI'],
      ['République Tchèque', 'CZ'],
      ['Congo - Kinshasa', 'CD'],
    ])
      expect(matcher.resolve(alias!), alias).toEqual({ kind: 'resolved', code });
  });

  it('lists the shown name first among the aliases search indexes', () => {
    expect(countryNames('CZ', 'fr')[0]).toBe('Tchéquie');
    expect(countryNames('CZ', 'en')).toEqual(expect.arrayContaining(['Czechia', 'Czech Republic']));
    expect(countryNamesStamp()).toMatch(/^[0-9a-z]+$/);
  });
});
