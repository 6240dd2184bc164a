/**
 * Vocabulary of the reports: what a dashboard counts, how it is filtered, and the one input
 * attendance plugs into for the documents and the attendance report (the dashboard counts the
 * check-in tables in SQL). Plain data, shared by the backend (which computes) and the renderer.
 */
import type { Status } from './people';
import { ACTIVE_STATUSES } from './people';

/** The bucket of people whose country (region, organisation type, gender) is not recorded. */
export const NOT_STATED = 'not_stated';

/**
 * What the attendance slice tells the reports: who was present on which day and at which session.
 * Until people are checked in, `recorded` is false and every "attended" figure shows an empty
 * state instead of zeros (zero would read as "nobody came").
 */
export interface AttendanceFacts {
  recorded: boolean;
  /** Registration ids present on each day ('yyyy-MM-dd'). */
  byDay: Readonly<Record<string, readonly number[]>>;
  /** Registration ids present at each session, by session id. */
  bySession: Readonly<Record<string, readonly number[]>>;
}

/** No check-in recorded yet: what reports use until the attendance slice provides facts. */
export const NO_ATTENDANCE: AttendanceFacts = { recorded: false, byDay: {}, bySession: {} };

export interface DashboardFilter {
  /** Registrations with these statuses are counted; the headline's "expected" by default. */
  statuses: readonly Status[];
  /** Only this day ('yyyy-MM-dd'): expected that day against present that day. */
  day: string | null;
}

/** Expected participants: registered or confirmed, as the meeting overview counts them. */
export const DEFAULT_FILTER: DashboardFilter = { statuses: ACTIVE_STATUSES, day: null };

export const DIMENSIONS = [
  'country',
  'policeRegion',
  'm49Region',
  'organisationType',
  'role',
  'gender',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** One row of a breakdown: a country, region, type, role or gender, or NOT_STATED. */
export interface Bucket {
  key: string;
  registered: number;
  /** Null until attendance is recorded. */
  attended: number | null;
}

export interface Headline {
  participants: number;
  /** Distinct countries among them; people without a country do not add one. */
  countries: number;
  /** People counted in `participants` whose country is not stated. */
  notStated: number;
}

export interface DashboardFigures {
  registered: Headline;
  /** Null until attendance is recorded. */
  attended: Headline | null;
  by: Record<Dimension, Bucket[]>;
  /** People per status under the day filter alone: the status filter's own counts. */
  byStatus: Partial<Record<Status, number>>;
}
