import type { Db } from '../db/connection';
import { notFound } from '../errors';
import { countryName } from '../../../shared/domain/countries';
import { countryNamesStamp } from '../../../shared/domain/country-aliases';
import type { PoliceRegion } from '../../../shared/domain/people';
import { createCountriesRepo, type CountryRecord } from './countries.repo';
import { countrySeed, seedOf, type CountrySeed } from './countries-seed';
import { reindexPeople } from './search.repo';
import { createSettingsRepo } from '../settings/settings.repo';
import type { Country } from './types';

const withNames = (c: CountryRecord): Country => ({
  ...c,
  nameEn: countryName(c.code, 'en'),
  nameFr: countryName(c.code, 'fr'),
});

const NAMES_STAMP = 'countries.namesStamp';

/** True when the stored row lacks what the seed says (an organiser's adjusted region aside). */
function outdated(stored: CountryRecord | undefined, seed: CountrySeed): boolean {
  return (
    !stored ||
    stored.alpha3 !== seed.alpha3 ||
    stored.numeric !== seed.numeric ||
    stored.m49Region !== seed.m49Region ||
    stored.m49Subregion !== seed.m49Subregion ||
    (!stored.regionAdjusted && stored.policeRegion !== seed.policeRegion)
  );
}

/**
 * Writes every ISO 3166-1 country (migration 0300 does it once for a new database), keeping
 * regions organisers adjusted. Country names come from the runtime's ICU and may change with it
 * (or with our overrides): when they did, people's search documents are rebuilt, so "Tchéquie"
 * finds who it shows.
 */
export function writeCountrySeed(db: Db): void {
  const repo = createCountriesRepo(db);
  repo.upsertAll(countrySeed());
  const settings = createSettingsRepo(db);
  const stamp = countryNamesStamp();
  if (settings.get(NAMES_STAMP) === stamp) return;
  db.transaction(() => {
    reindexPeople(db, repo.peopleWithCountry());
    settings.set(NAMES_STAMP, stamp);
  })();
}

/**
 * Brings the countries up to date on open, writing only when a newer package or runtime changed
 * them: an ordinary start writes nothing, and a read-only database is used as it is.
 */
export function refreshCountries(db: Db): void {
  const stored = new Map(
    createCountriesRepo(db)
      .list()
      .map((c) => [c.code, c]),
  );
  const stale =
    countrySeed().some((seed) => outdated(stored.get(seed.code), seed)) ||
    createSettingsRepo(db).get(NAMES_STAMP) !== countryNamesStamp();
  if (stale && !db.readonly) writeCountrySeed(db);
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
