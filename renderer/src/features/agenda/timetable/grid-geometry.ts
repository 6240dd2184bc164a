/**
 * The timetable's geometry: one pixel per minute on a 24-hour axis, and side-by-side lanes for
 * sessions that overlap in one column (a double-booked room stays visible, never hidden behind).
 */
import { MINUTES_PER_DAY } from '../../../../../shared/domain/agenda';
import { localTimeKind, localToInstant } from '../../../../../shared/domain/time';

/** Vertical scale: a 30-minute session is 30 px tall, a full day 1,440 px. */
export const PX_PER_MINUTE = 1;
/** The shortest a block is drawn, so a 5-minute session still shows its time. */
export const MIN_BLOCK_PX = 16;
/** Shown when a day has no session yet: the start of a working day. */
export const DEFAULT_FIRST_MINUTE = 8 * 60;

export const minuteToPx = (minute: number) => minute * PX_PER_MINUTE;
export const pxToMinutes = (px: number) => px / PX_PER_MINUTE;

export interface Lane {
  lane: number;
  lanes: number;
}

interface Timed {
  id: number;
  startMinute: number;
  endMinute: number;
}

/**
 * Lanes for the sessions of one column: overlapping sessions share the width of their group
 * (a chain of overlaps), each in the first lane free at its start.
 */
export function layoutLanes(sessions: readonly Timed[]): Map<number, Lane> {
  const sorted = [...sessions].sort(
    (a, b) => a.startMinute - b.startMinute || b.endMinute - a.endMinute || a.id - b.id,
  );
  const out = new Map<number, Lane>();
  let group: { id: number; lane: number }[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -1;
  const close = () => {
    for (const g of group) out.set(g.id, { lane: g.lane, lanes: laneEnds.length });
    group = [];
    laneEnds = [];
  };
  for (const s of sorted) {
    if (s.startMinute >= groupEnd) close();
    let lane = laneEnds.findIndex((end) => end <= s.startMinute);
    if (lane === -1) lane = laneEnds.push(s.endMinute) - 1;
    else laneEnds[lane] = s.endMinute;
    group.push({ id: s.id, lane });
    groupEnd = Math.max(groupEnd, s.endMinute);
  }
  close();
  return out;
}

/** Where to scroll when a day opens: just above its first session (and 08:00 at the latest). */
export function firstMinuteToShow(sessions: readonly Timed[]): number {
  if (sessions.length === 0) return DEFAULT_FIRST_MINUTE;
  const first = Math.min(...sessions.map((s) => s.startMinute));
  return Math.max(0, Math.min(first, DEFAULT_FIRST_MINUTE) - 15);
}

/** A stretch of a day's clock that does not exist or happens twice (daylight-saving change). */
export interface ClockBand {
  kind: 'skipped' | 'repeated';
  startMinute: number;
  endMinute: number;
}

const BAND_STEP = 15;

/**
 * The skipped or repeated stretches of a day in the meeting's zone, to the quarter hour, so the
 * grid can shade the hour that does not exist before anyone drops a session into it.
 */
export function clockBands(day: string, timeZone: string): ClockBand[] {
  const bands: ClockBand[] = [];
  // Most days change nothing: their last minute is 1,439 real minutes after their first.
  const span =
    Date.parse(localToInstant(day, MINUTES_PER_DAY - 1, timeZone)) -
    Date.parse(localToInstant(day, 0, timeZone));
  if (span === (MINUTES_PER_DAY - 1) * 60_000) return bands;
  for (let minute = 0; minute < MINUTES_PER_DAY; minute += BAND_STEP) {
    const kind = localTimeKind(day, minute, timeZone);
    if (kind === 'once') continue;
    const last = bands[bands.length - 1];
    if (last && last.kind === kind && last.endMinute === minute) last.endMinute += BAND_STEP;
    else bands.push({ kind, startMinute: minute, endMinute: minute + BAND_STEP });
  }
  return bands;
}
