/**
 * The dashboard's figures from the counts SQLite makes (dashboard-counts.repo.ts): pure, so the
 * ordering, the "not stated" buckets and the headlines are unit-tested without a database.
 */
import type { Role, Status } from './people';
import {
  DIMENSIONS,
  NOT_STATED,
  type Bucket,
  type DashboardFigures,
  type Dimension,
  type Headline,
} from './reports';

/**
 * When a person holds several roles across a series, the one shown: chairs and speakers first, as
 * a meeting report would list them, staff last. The SQL ranks roles by this list.
 */
export const ROLE_PRECEDENCE: readonly Role[] = [
  'chair',
  'speaker',
  'vip',
  'delegate',
  'observer',
  'staff',
];

/**
 * One group of people as counted in SQL: a breakdown's key (a role as its rank in
 * ROLE_PRECEDENCE; NULL or '' when not stated) with its people and those of them present; or, for
 * 'status', the people holding a registration with that status under the day filter alone.
 */
export type DashboardCount = [
  dimension: Dimension | 'status',
  key: string | number | null,
  people: number,
  attended: number,
];

/** Largest first, ties by key; "not stated" always last, so it is seen but never leads. */
function sortBuckets(buckets: Bucket[]): Bucket[] {
  return buckets.sort((a, b) => {
    if (a.key === NOT_STATED || b.key === NOT_STATED) return a.key === NOT_STATED ? 1 : -1;
    return b.registered - a.registered || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
}

/** The headline out of the country breakdown: every counted person is in exactly one bucket. */
function headline(countries: readonly Bucket[], count: (b: Bucket) => number): Headline {
  let participants = 0;
  let notStated = 0;
  let stated = 0;
  for (const bucket of countries) {
    const n = count(bucket);
    participants += n;
    if (bucket.key === NOT_STATED) notStated += n;
    else if (n > 0) stated++;
  }
  return { participants, countries: stated, notStated };
}

/**
 * Assembles the figures: each person counted once (SQL grouped them), nobody dropped for a missing
 * attribute (NOT_STATED), and "attended" left null until attendance is `recorded` — zero would read
 * as "nobody came".
 */
export function figuresFromCounts(
  counts: readonly DashboardCount[],
  recorded: boolean,
): DashboardFigures {
  const by = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as Bucket[]])) as Record<
    Dimension,
    Bucket[]
  >;
  const byStatus: Partial<Record<Status, number>> = {};
  for (const [dimension, key, people, attended] of counts) {
    if (dimension === 'status') {
      byStatus[key as Status] = people;
      continue;
    }
    const named =
      dimension === 'role' ? ROLE_PRECEDENCE[key as number] : (key as string | null) || null;
    by[dimension].push({
      key: named ?? NOT_STATED,
      registered: people,
      attended: recorded ? attended : null,
    });
  }
  for (const dimension of DIMENSIONS) sortBuckets(by[dimension]);
  return {
    registered: headline(by.country, (b) => b.registered),
    attended: recorded ? headline(by.country, (b) => b.attended ?? 0) : null,
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
