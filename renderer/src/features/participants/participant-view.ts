import { ROLES, STATUSES, sortName } from '../../../../shared/domain/people';
import { countryName } from '../../../../shared/domain/countries';
import { formatNumber } from '../../../../shared/domain/numbers';
import type { FilterKey, Filters, Participant, SortState } from './participant-types';

/** Labels the sort needs, in the UI language (regions are translated, so they sort by label). */
export interface SortLabels {
  language: string;
  region(code: string): string;
}

const countryNames = new Map<string, string>();

/** The country's name in `language`, cached: the table asks for it thousands of times. */
export function countryLabel(code: string | null, language: string): string {
  if (!code) return '';
  const key = `${language}:${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    name = countryName(code, language);
    countryNames.set(key, name);
  }
  return name;
}

const ROLE_ORDER = new Map<string, number>(ROLES.map((r, i) => [r, i]));
const STATUS_ORDER = new Map<string, number>(STATUSES.map((s, i) => [s, i]));

/**
 * The rows in the sort's order. Keys are computed once per row rather than once per comparison, and
 * role and status follow their natural order (invited → cancelled) rather than the alphabet.
 */
export function sortRows(
  rows: readonly Participant[],
  sort: SortState,
  labels: SortLabels,
): Participant[] {
  const collator = new Intl.Collator(labels.language, { sensitivity: 'base', numeric: true });
  const names = rows.map((r) => sortName(r));
  const keyOf = (r: Participant, i: number): string | number => {
    switch (sort.column) {
      case 'name':
        return names[i] ?? '';
      case 'organisation':
        return r.organisationName;
      case 'country':
        return countryLabel(r.countryCode, labels.language);
      case 'region':
        return r.policeRegion ? labels.region(r.policeRegion) : '';
      case 'role':
        return ROLE_ORDER.get(r.role) ?? 0;
      case 'status':
        return STATUS_ORDER.get(r.status) ?? 0;
      case 'email':
        return r.email;
    }
  };
  const keys = rows.map(keyOf);
  const order = rows.map((_, i) => i);
  const sign = sort.direction === 'asc' ? 1 : -1;
  order.sort((a, b) => {
    const ka = keys[a] ?? '';
    const kb = keys[b] ?? '';
    // Blank cells go last whichever the direction, so the useful rows stay on top.
    if (ka === '' && kb !== '') return 1;
    if (kb === '' && ka !== '') return -1;
    const primary =
      typeof ka === 'number' && typeof kb === 'number'
        ? ka - kb
        : collator.compare(String(ka), String(kb));
    if (primary !== 0) return primary * sign;
    return collator.compare(names[a] ?? '', names[b] ?? '') || a - b;
  });
  return order.map((i) => rows[i]!);
}

/** True when any filter or the search narrows the view. */
export function isFiltered(filters: Filters, query: string): boolean {
  return query.trim() !== '' || Object.values(filters).some((v: string[]) => v.length > 0);
}

/** The country filter's value for people without a country. */
export const NO_COUNTRY = '-';

/** A test of one row against the filters and the search, optionally leaving one filter out. */
function rowTest(filters: Filters, searchIds: ReadonlySet<number> | null, except?: FilterKey) {
  const setOf = (key: FilterKey) => new Set<string>(key === except ? [] : filters[key]);
  const sets = {
    country: setOf('country'),
    region: setOf('region'),
    orgType: setOf('orgType'),
    role: setOf('role'),
    status: setOf('status'),
  };
  if (Object.values(sets).every((s) => s.size === 0) && !searchIds) return null;
  const pass = (set: Set<string>, value: string | null) =>
    set.size === 0 || (value !== null && set.has(value));
  const passCountry = (code: string | null) =>
    sets.country.size === 0 || sets.country.has(code ?? NO_COUNTRY);
  return (r: Participant) =>
    (!searchIds || searchIds.has(r.id)) &&
    passCountry(r.countryCode) &&
    pass(sets.region, r.policeRegion) &&
    pass(sets.orgType, r.organisationType) &&
    pass(sets.role, r.role) &&
    pass(sets.status, r.status);
}

/** The rows that pass every filter and the search, keeping their order. */
export function filterRows(
  sorted: readonly Participant[],
  filters: Filters,
  searchIds: ReadonlySet<number> | null,
): readonly Participant[] {
  const test = rowTest(filters, searchIds);
  return test ? sorted.filter(test) : sorted;
}

/**
 * How many rows each value of one filter would show, given the search and every other filter:
 * ticking "France" under Country makes the Status counts those of the French participants.
 */
export function facetCounts(
  rows: readonly Participant[],
  filters: Filters,
  searchIds: ReadonlySet<number> | null,
  key: FilterKey,
  valueOf: (r: Participant) => string | null,
): Map<string, number> {
  const test = rowTest(filters, searchIds, key);
  const counts = new Map<string, number>();
  for (const r of rows) {
    if (test && !test(r)) continue;
    const value = valueOf(r);
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** The distinct countries among the rows, for the country filter, sorted by name. */
export function presentCountries(rows: readonly Participant[], language: string): string[] {
  const codes = new Set<string>();
  let without = false;
  for (const r of rows) {
    if (r.countryCode) codes.add(r.countryCode);
    else without = true;
  }
  const collator = new Intl.Collator(language);
  const sorted = [...codes].sort((a, b) =>
    collator.compare(countryLabel(a, language), countryLabel(b, language)),
  );
  return without ? [...sorted, NO_COUNTRY] : sorted;
}

/** Every visible id from `fromId` to `toId` inclusive, whichever comes first. */
export function idRange(visible: readonly Participant[], fromId: number, toId: number): number[] {
  const a = visible.findIndex((r) => r.id === fromId);
  const b = visible.findIndex((r) => r.id === toId);
  if (a === -1 || b === -1) return [toId];
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return visible.slice(lo, hi + 1).map((r) => r.id);
}

/** 10,000 → '10,000' / '10 000' as the UI language writes numbers. */
export const formatCount = formatNumber;
