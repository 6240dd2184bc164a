/**
 * The dashboard's figures from plain rows: pure, so they are unit-tested without a database and
 * the same code counts one meeting or a series of linked meetings (a person counted once).
 */
import type { Role, Status } from './people';
import {
  DIMENSIONS,
  NOT_STATED,
  type AttendanceFacts,
  type Bucket,
  type DashboardFigures,
  type DashboardFilter,
  type Dimension,
  type Headline,
  type ReportRegistration,
} from './reports';

/**
 * When a person holds several roles across a series, the one shown: chairs and speakers first, as
 * a meeting report would list them, staff last.
 */
const ROLE_PRECEDENCE: readonly Role[] = [
  'chair',
  'speaker',
  'vip',
  'delegate',
  'observer',
  'staff',
];

/** A person's counted attributes: the first registration's, the role by precedence. */
interface Counted {
  first: ReportRegistration;
  role: Role;
  attended: boolean;
}

function keyOf(counted: Counted, dimension: Dimension): string {
  const r = counted.first;
  switch (dimension) {
    case 'country':
      return r.countryCode ?? NOT_STATED;
    case 'policeRegion':
      return r.policeRegion ?? NOT_STATED;
    case 'm49Region':
      return r.m49Region || NOT_STATED;
    case 'organisationType':
      return r.organisationType ?? NOT_STATED;
    case 'role':
      return counted.role;
    case 'gender':
      return r.gender ?? NOT_STATED;
  }
}

/** The set of registrations present under the day filter (any day when none is chosen). */
function presentSet(facts: AttendanceFacts, day: string | null): Set<number> {
  if (!facts.recorded) return new Set();
  if (day !== null) return new Set(facts.byDay[day] ?? []);
  const present = new Set<number>();
  for (const ids of Object.values(facts.byDay)) for (const id of ids) present.add(id);
  return present;
}

function headline(people: Iterable<Counted>): Headline {
  let participants = 0;
  let notStated = 0;
  const countries = new Set<string>();
  for (const p of people) {
    participants++;
    if (p.first.countryCode === null) notStated++;
    else countries.add(p.first.countryCode);
  }
  return { participants, countries: countries.size, notStated };
}

/** Largest first, ties by key; "not stated" always last, so it is seen but never leads. */
function sortBuckets(buckets: Bucket[]): Bucket[] {
  return buckets.sort((a, b) => {
    if (a.key === NOT_STATED || b.key === NOT_STATED) return a.key === NOT_STATED ? 1 : -1;
    return b.registered - a.registered || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
}

/**
 * Counts people (not registrations): each person once, however many of the series' meetings they
 * were registered to. A person counts when any of their registrations has a chosen status and,
 * with a day chosen, is expected that day; they count as attended when one of those registrations
 * was present (that day). Nobody is dropped for a missing country: they go under NOT_STATED.
 */
export function dashboardFigures(
  registrations: readonly ReportRegistration[],
  facts: AttendanceFacts,
  filter: DashboardFilter,
): DashboardFigures {
  const statuses = new Set<Status>(filter.statuses);
  const present = presentSet(facts, filter.day);
  const people = new Map<number, Counted>();
  const statusOf = new Map<Status, Set<number>>();

  for (const r of registrations) {
    if (
      filter.day !== null &&
      !r.expectedDays.includes(filter.day) &&
      !present.has(r.registrationId)
    )
      continue;
    let holders = statusOf.get(r.status);
    if (!holders) statusOf.set(r.status, (holders = new Set()));
    holders.add(r.personId);
    if (!statuses.has(r.status)) continue;
    const attended = present.has(r.registrationId);
    const known = people.get(r.personId);
    if (!known) {
      people.set(r.personId, { first: r, role: r.role, attended });
      continue;
    }
    if (ROLE_PRECEDENCE.indexOf(r.role) < ROLE_PRECEDENCE.indexOf(known.role)) known.role = r.role;
    known.attended ||= attended;
  }

  const all = [...people.values()];
  const attendedPeople = all.filter((p) => p.attended);
  const by = {} as Record<Dimension, Bucket[]>;
  for (const dimension of DIMENSIONS) {
    const buckets = new Map<string, Bucket>();
    for (const p of all) {
      const key = keyOf(p, dimension);
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = { key, registered: 0, attended: facts.recorded ? 0 : null };
        buckets.set(key, bucket);
      }
      bucket.registered++;
      if (p.attended && bucket.attended !== null) bucket.attended++;
    }
    by[dimension] = sortBuckets([...buckets.values()]);
  }

  const byStatus: Partial<Record<Status, number>> = {};
  for (const [status, holders] of statusOf) byStatus[status] = holders.size;

  return {
    registered: headline(all),
    attended: facts.recorded ? headline(attendedPeople) : null,
    by,
    byStatus,
  };
}

/** Participants per country code, for the map (NOT_STATED left out: it has no place on a map). */
export function countsByCountry(figures: DashboardFigures): Map<string, Bucket> {
  return new Map(figures.by.country.filter((b) => b.key !== NOT_STATED).map((b) => [b.key, b]));
}

/**
 * Class breaks for colouring the map: up to `classes` upper bounds over the counts, rounded to
 * whole people and never repeated, so a legend reads "1", "2–3", "4–9", "10–24", "25+".
 */
export function mapClasses(counts: readonly number[], classes = 5): number[] {
  const max = Math.max(0, ...counts);
  if (max === 0) return [];
  if (max <= classes) return Array.from({ length: max }, (_, i) => i + 1);
  // Geometric steps: participants per country are skewed (a host country with 40, most with 1–3).
  const ratio = Math.pow(max, 1 / classes);
  const bounds: number[] = [];
  for (let i = 1; i <= classes; i++) {
    const bound = i === classes ? max : Math.round(Math.pow(ratio, i));
    if (bound > (bounds.at(-1) ?? 0)) bounds.push(bound);
  }
  return bounds;
}

/** The class (0-based) a count falls in; -1 for zero (no participant: not coloured). */
export function classOf(count: number, bounds: readonly number[]): number {
  if (count <= 0) return -1;
  const index = bounds.findIndex((b) => count <= b);
  return index === -1 ? bounds.length - 1 : index;
}
