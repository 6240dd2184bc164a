import type { Migration } from '../migrate';
import { writeCountrySeed } from '../../people/countries.service';

/**
 * The countries, written once when a database is created (or brought up to this version) rather
 * than on every start: an ordinary start writes nothing, so a read-only database opens, and the
 * file is not touched by merely looking at it. Later starts write only when a newer package
 * changes a country (see refreshCountries).
 */
const migration: Migration = {
  version: 300,
  name: 'countries-seed',
  up(db) {
    writeCountrySeed(db);
  },
};
export default migration;
