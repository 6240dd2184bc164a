import type { Db } from '../db/connection';
import type { PoliceRegion } from '../../../shared/domain/people';
import type { CountrySeed } from './countries-seed';

interface CountryRow {
  code: string;
  alpha3: string;
  numeric: string;
  m49_region: string;
  m49_subregion: string;
  police_region: PoliceRegion | null;
  region_adjusted: number;
}

/** A stored country; display names are added by the service. */
export interface CountryRecord {
  code: string;
  alpha3: string;
  numeric: string;
  m49Region: string;
  m49Subregion: string;
  policeRegion: PoliceRegion | null;
  regionAdjusted: boolean;
}

function toCountry(row: CountryRow): CountryRecord {
  return {
    code: row.code,
    alpha3: row.alpha3,
    numeric: row.numeric,
    m49Region: row.m49_region,
    m49Subregion: row.m49_subregion,
    policeRegion: row.police_region,
    regionAdjusted: row.region_adjusted === 1,
  };
}

/** SQL for countries. */
export function createCountriesRepo(db: Db) {
  const statements = {
    list: db.prepare<[], CountryRow>('SELECT * FROM country ORDER BY code'),
    get: db.prepare<[string], CountryRow>('SELECT * FROM country WHERE code = ?'),
    // A newer package may fix codes or M49 placement; an organiser's adjusted region always wins.
    upsert: db.prepare(`
      INSERT INTO country (code, alpha3, numeric, m49_region, m49_subregion, police_region)
      VALUES (@code, @alpha3, @numeric, @m49Region, @m49Subregion, @policeRegion)
      ON CONFLICT (code) DO UPDATE SET
        alpha3 = excluded.alpha3, numeric = excluded.numeric, m49_region = excluded.m49_region,
        m49_subregion = excluded.m49_subregion,
        police_region = CASE WHEN region_adjusted = 1 THEN police_region ELSE excluded.police_region END
      WHERE alpha3 IS NOT excluded.alpha3 OR numeric IS NOT excluded.numeric
        OR m49_region IS NOT excluded.m49_region OR m49_subregion IS NOT excluded.m49_subregion
        OR (region_adjusted = 0 AND police_region IS NOT excluded.police_region)`),
    setRegion: db.prepare<[PoliceRegion | null, number, string]>(
      'UPDATE country SET police_region = ?, region_adjusted = ? WHERE code = ?',
    ),
    peopleWithCountry: db
      .prepare<[], number>('SELECT id FROM person WHERE country_code IS NOT NULL')
      .pluck(),
  };

  return {
    list: (): CountryRecord[] => statements.list.all().map(toCountry),
    get(code: string): CountryRecord | null {
      const row = statements.get.get(code);
      return row ? toCountry(row) : null;
    },
    upsertAll(seed: readonly CountrySeed[]): void {
      db.transaction(() => {
        for (const country of seed) statements.upsert.run(country);
      })();
    },
    setRegion(code: string, region: PoliceRegion | null, adjusted: boolean): boolean {
      return statements.setRegion.run(region, adjusted ? 1 : 0, code).changes > 0;
    },
    /** People whose search document holds country names. */
    peopleWithCountry: (): number[] => statements.peopleWithCountry.all(),
  };
}
