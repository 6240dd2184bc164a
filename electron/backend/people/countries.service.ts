import type { Db } from '../db/connection';
import { notFound } from '../errors';
import { countryName } from '../../../shared/domain/countries';
import type { PoliceRegion } from '../../../shared/domain/people';
import { createCountriesRepo, type CountryRecord } from './countries.repo';
import { countrySeed, seedOf } from './countries-seed';
import type { Country } from './types';

const withNames = (c: CountryRecord): Country => ({
  ...c,
  nameEn: countryName(c.code, 'en'),
  nameFr: countryName(c.code, 'fr'),
});

/** Writes every ISO 3166-1 country; safe on every open, and keeps regions organisers adjusted. */
export function seedCountries(db: Db): void {
  createCountriesRepo(db).upsertAll(countrySeed());
}

/** Countries with their names, and the organiser's adjustment of their police region. */
export function createCountriesService(db: Db) {
  const repo = createCountriesRepo(db);

  function get(code: string): Country {
    const country = repo.get(code);
    if (!country) throw notFound('The country');
    return withNames(country);
  }

  return {
    list: (): Country[] =>
      repo
        .list()
        .map(withNames)
        .sort((a, b) => a.nameEn.localeCompare(b.nameEn, 'en')),
    get,
    setRegion(code: string, region: PoliceRegion): Country {
      get(code);
      repo.setRegion(code, region, true);
      return get(code);
    },
    resetRegion(code: string): Country {
      get(code);
      repo.setRegion(code, seedOf(code)?.policeRegion ?? null, false);
      return get(code);
    },
  };
}
