/**
 * The figures a meeting's headline states, defined once for the meeting page (computed in SQL)
 * and the participants view (computed from its rows), so both always say the same thing.
 */
import { ACTIVE_STATUSES, STATUSES, type Status } from './people';

/** "Expected": people whose status says they come, registered or confirmed. */
export const EXPECTED_STATUSES = ACTIVE_STATUSES;

export interface ParticipantFigures {
  /** Everyone on the meeting's list, whatever their status. */
  total: number;
  /** Registered or confirmed. */
  expected: number;
  /** Distinct countries of the expected people (their person's country). */
  countries: number;
  /** Expected people with no country recorded, so not counted in `countries`. */
  withoutCountry: number;
  /** How many have each status; statuses nobody has are left out. */
  byStatus: Partial<Record<Status, number>>;
}

/** The figures of a list of registrations. */
export function figuresOf(
  rows: Iterable<{ status: Status; countryCode: string | null }>,
): ParticipantFigures {
  const expectedStatuses = new Set<Status>(EXPECTED_STATUSES);
  const countries = new Set<string>();
  const byStatus: Partial<Record<Status, number>> = {};
  let total = 0;
  let expected = 0;
  let withoutCountry = 0;
  for (const r of rows) {
    total++;
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    if (!expectedStatuses.has(r.status)) continue;
    expected++;
    if (r.countryCode) countries.add(r.countryCode);
    else withoutCountry++;
  }
  return { total, expected, countries: countries.size, withoutCountry, byStatus };
}

/** The statuses other than the expected ones that some people have, in the usual order. */
export function otherStatuses(byStatus: Partial<Record<Status, number>>): Status[] {
  const expectedStatuses = new Set<Status>(EXPECTED_STATUSES);
  return STATUSES.filter((s) => !expectedStatuses.has(s) && (byStatus[s] ?? 0) > 0);
}
