/**
 * Attendance: who is expected on a day or at a session, what the desk answers to a scan, and the
 * counters it shows. Labels live in i18n under attendance.* with the same names.
 */
import { ACTIVE_STATUSES, type OrganisationType, type PoliceRegion, type Status } from './people';
import type { SessionType } from './agenda';

/** How an attendance was recorded. */
export const CHECK_IN_METHODS = [
  'scan',
  'search',
  'walk_in',
  'session',
  'roster',
  'correction',
] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

/** What the attendance log records. */
export const CHANGE_ACTIONS = [
  'check_in',
  'check_out',
  'undo',
  'correct',
  'badge_issued',
  'badge_reissued',
  'desk_note',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/** What the desk answers; each has its colour, word and tone. */
export const SCAN_OUTCOMES = [
  'checked_in',
  'checked_out',
  'already',
  'not_checked_in',
  'not_registered',
  'cancelled',
  'unknown',
  'reissued',
  'unreadable',
  'restricted',
  'no_day',
  'no_match',
  'choose',
] as const;
export type ScanOutcome = (typeof SCAN_OUTCOMES)[number];

/** The three kinds of answer the desk tells apart by colour and tone. */
export type OutcomeTone = 'success' | 'notice' | 'refusal';

const NOTICES: ReadonlySet<ScanOutcome> = new Set([
  'already',
  'not_checked_in',
  'no_day',
  'no_match',
  'choose',
]);

/** Green for in, amber for "nothing to do", red for "stop": the same for colour and sound. */
export function outcomeTone(outcome: ScanOutcome): OutcomeTone {
  if (outcome === 'checked_in' || outcome === 'checked_out') return 'success';
  if (NOTICES.has(outcome)) return 'notice';
  return 'refusal';
}

/**
 * A badge read twice within this time is the scanner's double read (or a hand that lingered): the
 * second read answers like the first instead of "already checked in".
 */
export const REPEAT_SCAN_MS = 2_000;

/** True when a check-in at `previousAt` (ISO) was this same scan read again. */
export function isRepeatScan(previousAt: string, now: number): boolean {
  const elapsed = now - Date.parse(previousAt);
  return elapsed >= 0 && elapsed < REPEAT_SCAN_MS;
}

/** Statuses the desk turns away: the person said they would not come, or was taken off the list. */
const REFUSED: ReadonlySet<Status> = new Set(['declined', 'cancelled']);

export function isRefusedStatus(status: Status): boolean {
  return REFUSED.has(status);
}

/** Statuses that may come in but are not confirmed yet: the card says so. */
export function isUnconfirmedStatus(status: Status): boolean {
  return status === 'invited' || status === 'waitlisted';
}

/**
 * Expected on `day`: coming (registered or confirmed) and planning that day, or planning no day in
 * particular (every day, then).
 */
export function isExpectedOn(r: { status: Status; plannedDays: readonly string[] }, day: string) {
  return (
    (ACTIVE_STATUSES as readonly string[]).includes(r.status) &&
    (r.plannedDays.length === 0 || r.plannedDays.includes(day))
  );
}

/** What a session's door needs to know about the session. */
export interface SessionRule {
  type: SessionType;
  region: PoliceRegion | null;
  restricted: boolean;
  /** Registrations with a place on it (chair, speaker…). */
  people: readonly number[];
}

/** What a session's door needs to know about a person. */
export interface SessionCandidate {
  registrationId: number;
  policeRegion: PoliceRegion | null;
  organisationType: OrganisationType | null;
}

/**
 * Who a session is for: a restricted session admits law enforcement only (and its own chairs and
 * speakers); a regional workshop expects its region's participants; others expect everyone.
 */
export function sessionAudience(
  session: SessionRule,
  person: SessionCandidate,
): 'expected' | 'other' | 'refused' {
  if (session.people.includes(person.registrationId)) return 'expected';
  if (session.restricted && person.organisationType !== 'law_enforcement') return 'refused';
  if (session.type === 'regional_workshop' && session.region)
    return person.policeRegion === session.region ? 'expected' : 'other';
  return 'expected';
}

/** One registration, as the counters need it: expected (on the day, or at the session) or not. */
export interface CounterRow {
  expected: boolean;
  policeRegion: PoliceRegion | null;
  checkedIn: boolean;
}

export interface RegionCount {
  /** null: people whose country has no region (or who have no country). */
  region: PoliceRegion | null;
  expected: number;
  checkedIn: number;
}

export interface DayCounters {
  expected: number;
  checkedIn: number;
  /** Of those checked in, how many were expected (the rest came unplanned or walked in). */
  expectedCheckedIn: number;
  byRegion: RegionCount[];
}

const REGION_ORDER: readonly (PoliceRegion | null)[] = [
  'africa',
  'americas',
  'asia_south_pacific',
  'europe',
  'mena',
  null,
];

/** Checked in / expected, in total and by region (regions with nobody left out). */
export function countAttendance(rows: readonly CounterRow[]): DayCounters {
  const regions = new Map<PoliceRegion | null, RegionCount>();
  let expected = 0;
  let checkedIn = 0;
  let expectedCheckedIn = 0;
  for (const r of rows) {
    const isExpected = r.expected;
    if (!isExpected && !r.checkedIn) continue;
    let region = regions.get(r.policeRegion);
    if (!region)
      regions.set(r.policeRegion, (region = { region: r.policeRegion, expected: 0, checkedIn: 0 }));
    if (isExpected) {
      expected++;
      region.expected++;
    }
    if (r.checkedIn) {
      checkedIn++;
      region.checkedIn++;
      if (isExpected) expectedCheckedIn++;
    }
  }
  const byRegion = REGION_ORDER.flatMap((r) => (regions.has(r) ? [regions.get(r)!] : []));
  return { expected, checkedIn, expectedCheckedIn, byRegion };
}

/** The day the desk checks in for: today when the meeting is on, otherwise none until chosen. */
export function deskDay(days: readonly string[], today: string): string | null {
  return days.includes(today) ? today : null;
}

/** One person on today's view. */
export interface DayRow {
  registrationId: number;
  expected: boolean;
  checkedInAt: string | null;
  countryCode: string | null;
  organisationName: string;
}

export interface DayGroup<R extends DayRow> {
  /** The country code or organisation name; '' for people without one. */
  key: string;
  expected: number;
  came: number;
  rows: R[];
}

/**
 * Today's rows grouped by country or by organisation: groups with the most people still to come
 * first, then by name; people without a country or organisation last.
 */
export function groupDayRows<R extends DayRow>(
  rows: readonly R[],
  by: 'country' | 'organisation',
  label: (key: string) => string,
  collator: Intl.Collator,
): DayGroup<R>[] {
  const groups = new Map<string, DayGroup<R>>();
  for (const r of rows) {
    const key = (by === 'country' ? r.countryCode : r.organisationName) ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, expected: 0, came: 0, rows: [] }));
    group.rows.push(r);
    if (r.expected) group.expected++;
    if (r.checkedInAt) group.came++;
  }
  const missing = (g: DayGroup<R>) => g.rows.filter((r) => r.expected && !r.checkedInAt).length;
  return [...groups.values()].sort((a, b) => {
    if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
    return missing(b) - missing(a) || collator.compare(label(a.key), label(b.key));
  });
}
