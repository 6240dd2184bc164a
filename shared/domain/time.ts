/**
 * The one module that knows about date libraries: calendar days are 'yyyy-MM-dd' strings,
 * instants are ISO-8601 UTC strings, and every display goes through the functions here.
 */
import { addDays, differenceInCalendarDays, format, isValid, parse } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { TZDate, tzOffset } from '@date-fns/tz';

const DAY_FORMAT = 'yyyy-MM-dd';
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const LOCALES = { en: enGB, fr } as const;
export type DateLocale = keyof typeof LOCALES;

function localeOf(language: string) {
  return language.startsWith('fr') ? LOCALES.fr : LOCALES.en;
}

function parseDay(day: string): Date {
  return parse(day, DAY_FORMAT, new Date(2000, 0, 1));
}

/** True for a real calendar day written 'yyyy-MM-dd' (so '2026-02-30' is false). */
export function isCalendarDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const parsed = parseDay(value);
  return isValid(parsed) && format(parsed, DAY_FORMAT) === value;
}

/**
 * The years a day may fall in. Meetings, arrivals and departures happen in living memory or the
 * foreseeable future; anything else is a slip of the keyboard ('0226', '20226').
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
/** The first and last days a date picker offers, from MIN_YEAR and MAX_YEAR. */
export const FIRST_ACCEPTED_DAY = `${MIN_YEAR}-01-01`;
export const LAST_ACCEPTED_DAY = `${MAX_YEAR}-12-31`;

/** True for a 'yyyy-MM-dd' day whose year is within MIN_YEAR–MAX_YEAR. */
export function isDayInAcceptedYears(day: string): boolean {
  const year = Number(day.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** True when the runtime knows this IANA time zone (aliases such as Africa/Porto-Novo included). */
export function isTimeZone(value: string): boolean {
  if (!value || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone's name as the runtime spells it ('europe/paris' → 'Europe/Paris'), so a zone typed in
 * another case is stored once and matches the picker's list; unknown zones come back unchanged.
 */
export function canonicalTimeZone(value: string): string {
  if (!isTimeZone(value)) return value;
  return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
}

/** The IANA zones offered in pickers, with `extra` added when a stored value is an alias. */
export function timeZoneChoices(extra?: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  if (extra && !zones.includes(extra) && isTimeZone(extra)) return [...zones, extra].sort();
  return zones;
}

/** Number of calendar days from `start` to `end`, both included. */
export function dayCount(start: string, end: string): number {
  return differenceInCalendarDays(parseDay(end), parseDay(start)) + 1;
}

/** Every calendar day from `start` to `end` inclusive. */
export function daysBetween(start: string, end: string): string[] {
  const first = parseDay(start);
  const count = dayCount(start, end);
  return Array.from({ length: Math.max(0, count) }, (_, i) =>
    format(addDays(first, i), DAY_FORMAT),
  );
}

/** '14 November 2026' / '14 novembre 2026'. */
export function formatDay(day: string, language: string): string {
  return format(parseDay(day), 'd MMMM yyyy', { locale: localeOf(language) });
}

/** '14 Nov 2026' / '14 nov. 2026': the short form date fields show. */
export function formatShortDay(day: string, language: string): string {
  return format(parseDay(day), 'd MMM yyyy', { locale: localeOf(language) });
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const monthNames = new Map<string, string[]>();

/** The twelve month names of `language`, folded ('fevrier', 'aout'), cached. */
function foldedMonths(language: string): string[] {
  const locale = localeOf(language);
  let names = monthNames.get(locale.code ?? language);
  if (!names) {
    names = Array.from({ length: 12 }, (_, m) =>
      fold(format(new Date(2000, m, 1), 'MMMM', { locale })),
    );
    monthNames.set(locale.code ?? language, names);
  }
  return names;
}

/**
 * The month (1–12) a typed word names, in `language` first then in the other language: any
 * unambiguous start of at least three letters, accents and a final dot optional ('nov.',
 * 'fevr', 'aout', 'Sept'), or null.
 */
function typedMonth(word: string, language: string): number | null {
  const w = fold(word).replace(/\.$/, '');
  if (w.length < 3 || !/^\p{L}+$/u.test(w)) return null;
  for (const lang of language.startsWith('fr') ? ['fr', 'en'] : ['en', 'fr']) {
    const hits = foldedMonths(lang).flatMap((name, i) => (name.startsWith(w) ? [i + 1] : []));
    if (hits.length === 1) return hits[0]!;
  }
  return null;
}

/**
 * A day typed the way people type it, as 'yyyy-MM-dd', or null when it cannot be read: '14/11/2026',
 * '14.11.26', '2026-11-14', '14 nov. 2026', '14 novembre 2026', 'Nov 14, 2026'. Numbers run day
 * first (as in both UI languages); two-digit years are read in the nearest century. The day is
 * returned even when its year is out of range, so that the form can say so.
 */
export function parseTypedDay(text: string, language: string): string | null {
  const parts = text
    .trim()
    .split(/[\s,/.-]+/u)
    .filter(Boolean);
  if (parts.length !== 3) return null;
  const monthAt = parts.findIndex((p) => !/^\d+$/.test(p));
  if (monthAt !== -1) {
    const month = typedMonth(parts[monthAt]!, language);
    if (month === null || parts.some((p, i) => i !== monthAt && !/^\d+$/.test(p))) return null;
    parts[monthAt] = String(month);
  }
  const yearFirst = parts[0]!.length === 4;
  const year = yearFirst ? parts[0]! : parts[2]!;
  if (year.length > 4) return null;
  const order = yearFirst ? 'y M d' : monthAt === 0 ? 'M d y' : 'd M y';
  const pattern = order.replace('y', year.length === 2 ? 'yy' : 'yyyy');
  const parsed = parse(parts.join(' '), pattern, new Date());
  return isValid(parsed) ? format(parsed, DAY_FORMAT) : null;
}

/** 'Saturday 14 November' / 'samedi 14 novembre'. */
export function formatWeekday(day: string, language: string): string {
  return format(parseDay(day), 'EEEE d MMMM', { locale: localeOf(language) });
}

/** 'Sat 14 Nov' / 'sam. 14 nov.': a day where space is short (tabs, headers, lists, clash sentences). */
export function formatShortWeekday(day: string, language: string): string {
  return format(parseDay(day), 'EEE d MMM', { locale: localeOf(language) });
}

/** A compact range: '14–17 November 2026', '28 Nov – 2 Dec 2026'. */
export function formatDayRange(start: string, end: string, language: string): string {
  const locale = localeOf(language);
  const a = parseDay(start);
  const b = parseDay(end);
  if (start === end) return format(a, 'd MMMM yyyy', { locale });
  if (format(a, 'yyyy-MM') === format(b, 'yyyy-MM'))
    return `${format(a, 'd', { locale })}–${format(b, 'd MMMM yyyy', { locale })}`;
  if (format(a, 'yyyy') === format(b, 'yyyy'))
    return `${format(a, 'd MMM', { locale })} – ${format(b, 'd MMM yyyy', { locale })}`;
  return `${format(a, 'd MMM yyyy', { locale })} – ${format(b, 'd MMM yyyy', { locale })}`;
}

/** An instant (ISO UTC) as wall time in `timeZone`: '1 Dec 2026, 14:50' / '1 déc. 2026, 14:50'. */
export function formatInstant(iso: string, timeZone: string, language: string): string {
  return format(new TZDate(iso, timeZone), 'PPp', { locale: localeOf(language) });
}

/** Now as an ISO-8601 UTC instant, the form stored in the database. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Today's calendar day in `timeZone` (at `now`, for callers with a clock of their own). */
export function todayIn(timeZone: string, now: number = Date.now()): string {
  return format(new TZDate(now, timeZone), DAY_FORMAT);
}

/** An instant (ISO UTC) as the wall-clock time 'HH:mm' in `timeZone`. */
export function formatTimeIn(iso: string, timeZone: string): string {
  return format(new TZDate(iso, timeZone), 'HH:mm');
}

/** The calendar day ('yyyy-MM-dd') an instant (ISO UTC) falls on in `timeZone`. */
export function dayOfInstant(iso: string, timeZone: string): string {
  return format(new TZDate(iso, timeZone), DAY_FORMAT);
}

/** Whether a wall-clock time exists once on that day in the zone, not at all, or twice (DST). */
export type LocalTimeKind = 'once' | 'skipped' | 'repeated';

const MINUTE_MS = 60_000;

/** The instants (ms) at which the zone's clocks read `minute` on `day`: none, one or two. */
function instantsOfLocal(day: string, minute: number, timeZone: string): number[] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, 0, minute);
  // The offsets in force half a day either side cover every change a zone makes in one day.
  const offsets = new Set([
    tzOffset(timeZone, new Date(asUtc - 12 * 60 * MINUTE_MS)),
    tzOffset(timeZone, new Date(asUtc + 12 * 60 * MINUTE_MS)),
  ]);
  const instants: number[] = [];
  for (const offset of offsets) {
    const t = asUtc - offset * MINUTE_MS;
    if (tzOffset(timeZone, new Date(t)) === offset) instants.push(t);
  }
  return instants.sort((a, b) => a - b);
}

/** Tells whether `minute` after midnight of `day` exists once in `timeZone`, or is skipped or repeated. */
export function localTimeKind(day: string, minute: number, timeZone: string): LocalTimeKind {
  const n = instantsOfLocal(day, minute, timeZone).length;
  return n === 0 ? 'skipped' : n === 1 ? 'once' : 'repeated';
}

/**
 * The UTC instant of a wall-clock time in the zone, as an ISO string. A repeated time takes its
 * first occurrence; a skipped one the instant the clocks jumped to (as calendars do).
 */
export function localToInstant(day: string, minute: number, timeZone: string): string {
  const instants = instantsOfLocal(day, minute, timeZone);
  if (instants.length) return new Date(instants[0]!).toISOString();
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, 0, minute);
  return new Date(
    asUtc - tzOffset(timeZone, new Date(asUtc - 12 * 60 * MINUTE_MS)) * MINUTE_MS,
  ).toISOString();
}

/**
 * A wall-clock time of `day` in `timeZone` as a date that knows its zone (iCalendar writers read
 * the zone's wall time from it whatever the process's own zone is).
 */
export function zonedDateTime(day: string, minute: number, timeZone: string): Date {
  return new TZDate(localToInstant(day, minute, timeZone), timeZone);
}
