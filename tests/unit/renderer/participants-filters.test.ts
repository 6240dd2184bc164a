import { describe, expect, it } from 'vitest';
import {
  NO_COUNTRY,
  facetCounts,
  filterRows,
  presentCountries,
} from '../../../renderer/src/features/participants/participant-view';
import {
  NO_FILTERS,
  type Filters,
  type Participant,
} from '../../../renderer/src/features/participants/participant-types';

let nextId = 1;
const person = (
  countryCode: string | null,
  status: Participant['status'],
  role: Participant['role'] = 'delegate',
): Participant => ({
  id: nextId,
  personId: nextId++,
  givenNames: 'A',
  familyNames: `Person ${nextId}`,
  email: '',
  organisationId: null,
  organisationName: '',
  organisationAcronym: '',
  organisationType: null,
  countryCode,
  policeRegion: countryCode === 'SN' ? 'africa' : countryCode ? 'europe' : null,
  role,
  status,
  consentToList: false,
});

const ROWS = [
  person('FR', 'confirmed'),
  person('FR', 'invited', 'speaker'),
  person('SN', 'confirmed'),
  person('SN', 'declined'),
  person(null, 'confirmed'),
  person(null, 'invited'),
];
const filters = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });
const byCountry = (r: Participant) => r.countryCode ?? NO_COUNTRY;

describe('participants filters', () => {
  it('offers "(no country)" and filters on it, alone or with countries', () => {
    expect(presentCountries(ROWS, 'en')).toEqual(['FR', 'SN', NO_COUNTRY]);
    expect(presentCountries(ROWS.slice(0, 4), 'en')).toEqual(['FR', 'SN']);
    expect(filterRows(ROWS, filters({ country: [NO_COUNTRY] }), null)).toEqual(ROWS.slice(4));
    expect(filterRows(ROWS, filters({ country: ['SN', NO_COUNTRY] }), null)).toEqual(ROWS.slice(2));
  });

  it("counts each filter's values among the rows the other filters and the search let through", () => {
    const confirmed = filters({ status: ['confirmed'] });
    // The status filter narrows the country counts; its own counts ignore it.
    expect(facetCounts(ROWS, confirmed, null, 'country', byCountry)).toEqual(
      new Map([
        ['FR', 1],
        ['SN', 1],
        [NO_COUNTRY, 1],
      ]),
    );
    expect(facetCounts(ROWS, confirmed, null, 'status', (r) => r.status)).toEqual(
      new Map([
        ['confirmed', 3],
        ['invited', 2],
        ['declined', 1],
      ]),
    );
    const french = filters({ country: ['FR'], status: ['confirmed'] });
    expect(facetCounts(ROWS, french, null, 'status', (r) => r.status)).toEqual(
      new Map([
        ['confirmed', 1],
        ['invited', 1],
      ]),
    );
    expect(facetCounts(ROWS, french, null, 'role', (r) => r.role)).toEqual(
      new Map([['delegate', 1]]),
    );
    // The search counts too.
    const found = new Set([ROWS[2]!.id, ROWS[5]!.id]);
    expect(facetCounts(ROWS, NO_FILTERS, found, 'country', byCountry)).toEqual(
      new Map([
        ['SN', 1],
        [NO_COUNTRY, 1],
      ]),
    );
  });
});
