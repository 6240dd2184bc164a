/**
 * Where a session sits on the timetable (day, times, room) and the pure steps a drag or a key
 * press applies to it: snapped to the organiser's step and kept inside the day, so a session can
 * never be dragged past midnight or before 00:00.
 */
import { MINUTES_PER_DAY, snapMinute, type Session } from '../../../../../shared/domain/agenda';

export interface Placement {
  day: string;
  startMinute: number;
  endMinute: number;
  roomId: number | null;
  allRooms: boolean;
}

/** What a column of the grid stands for: one room, sessions without a room, or any room (kept). */
export type ColumnRoom = { kind: 'room'; roomId: number } | { kind: 'none' } | { kind: 'any' };

/** A column of a timetable view: a room on a day (day view) or a day of a room (room view). */
export interface GridColumn {
  key: string;
  day: string;
  room: ColumnRoom;
}

/** Which part of a block a drag holds: the block, or its top or bottom edge. */
export type DragMode = 'move' | 'resize-start' | 'resize-end';

export const placementOf = (s: Session): Placement => ({
  day: s.day,
  startMinute: s.startMinute,
  endMinute: s.endMinute,
  roomId: s.roomId,
  allRooms: s.allRooms,
});

export const samePlacement = (a: Placement, b: Placement): boolean =>
  a.day === b.day &&
  a.startMinute === b.startMinute &&
  a.endMinute === b.endMinute &&
  a.roomId === b.roomId &&
  a.allRooms === b.allRooms;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The session moved by `minutes`, its start snapped to `step`, its length kept, inside the day. */
export function shifted(p: Placement, minutes: number, step: number): Placement {
  const length = p.endMinute - p.startMinute;
  const start = clamp(snapMinute(p.startMinute + minutes, step), 0, MINUTES_PER_DAY - length);
  return { ...p, startMinute: start, endMinute: start + length };
}

/** The first grid line strictly after `minute`, and the last one strictly before it. */
const lineAfter = (minute: number, step: number) => (Math.floor(minute / step) + 1) * step;
const lineBefore = (minute: number, step: number) => (Math.ceil(minute / step) - 1) * step;

/**
 * One edge moved by `minutes` and snapped; the session keeps at least one step (so a resize can
 * never make it end before it starts) and stays inside the day.
 */
export function resized(
  p: Placement,
  edge: 'start' | 'end',
  minutes: number,
  step: number,
): Placement {
  if (edge === 'end') {
    const end = clamp(
      snapMinute(p.endMinute + minutes, step),
      Math.min(lineAfter(p.startMinute, step), MINUTES_PER_DAY),
      MINUTES_PER_DAY,
    );
    return { ...p, endMinute: end };
  }
  const start = clamp(
    snapMinute(p.startMinute + minutes, step),
    0,
    Math.max(lineBefore(p.endMinute, step), 0),
  );
  return { ...p, startMinute: start };
}

/** A drag of `minutes` in the given mode. */
export function dragged(p: Placement, mode: DragMode, minutes: number, step: number): Placement {
  if (mode === 'move') return shifted(p, minutes, step);
  return resized(p, mode === 'resize-start' ? 'start' : 'end', minutes, step);
}

/**
 * The session put in a column: its day, and its room unless it takes every room (a break stays
 * in all rooms wherever it is dropped) or the column keeps rooms (the overview's days).
 */
export function inColumn(p: Placement, column: GridColumn): Placement {
  const day = column.day;
  if (p.allRooms || column.room.kind === 'any') return { ...p, day };
  return { ...p, day, roomId: column.room.kind === 'room' ? column.room.roomId : null };
}

/** Whether the placement is shown in that column (ignoring its day in a one-day view). */
function inThatColumn(p: Placement, column: GridColumn, byDay: boolean): boolean {
  if (byDay) return column.day === p.day;
  if (column.room.kind === 'room') return !p.allRooms && p.roomId === column.room.roomId;
  if (column.room.kind === 'none') return !p.allRooms && p.roomId === null;
  return true;
}

/**
 * The placement one column to the side (`direction` −1 or +1) in the view's columns: the next
 * room in a day view, the next day in a room view or the overview. A one-day view keeps the
 * session's own day, so a session already moved to another day changes only its room. Null when
 * there is no column that way (or the session takes every room of a one-day view).
 */
export function besideColumn(
  p: Placement,
  columns: readonly GridColumn[],
  direction: -1 | 1,
): Placement | null {
  if (columns.length === 0) return null;
  const byDay = new Set(columns.map((c) => c.day)).size > 1;
  if (!byDay && p.allRooms) return null;
  const index = columns.findIndex((c) => inThatColumn(p, c, byDay));
  const next = columns[index === -1 ? (direction > 0 ? 0 : columns.length - 1) : index + direction];
  if (!next) return null;
  return inColumn(p, byDay ? next : { ...next, day: p.day });
}

/** The placement on the meeting's previous or next day, same times and room; null at either end. */
export function besideDay(
  p: Placement,
  days: readonly string[],
  direction: -1 | 1,
): Placement | null {
  const index = days.indexOf(p.day);
  const day = index === -1 ? days[direction > 0 ? 0 : days.length - 1] : days[index + direction];
  return day === undefined ? null : { ...p, day };
}

/** A new session drawn from `anchor` to `minute` (either way), at least one step long. */
export function drawn(column: GridColumn, anchor: number, minute: number, step: number): Placement {
  const from = clamp(Math.floor(anchor / step) * step, 0, MINUTES_PER_DAY - step);
  const to = clamp(snapMinute(minute, step), 0, MINUTES_PER_DAY);
  const [start, end] = to > from ? [from, to] : [to, from + step];
  return inColumn(
    {
      day: column.day,
      startMinute: start,
      endMinute: Math.max(end, start + step),
      roomId: null,
      allRooms: false,
    },
    column,
  );
}

/** What a key press needs to know of the view: its columns, the meeting's days, the step. */
export interface KeyContext {
  columns: readonly GridColumn[];
  days: readonly string[];
  step: number;
  /** Right-to-left: the left arrow goes to the next column. */
  rtl: boolean;
}

/**
 * The placement after one key press while a session is held: up and down by one step (with
 * Shift the end moves, with Alt the start: a resize), left and right by one column (room or
 * day), Page Up and Page Down by one day. Null for other keys; the same placement when it
 * cannot go further that way.
 */
export function placementAfterKey(
  event: Pick<KeyboardEvent, 'code' | 'shiftKey' | 'altKey'>,
  p: Placement,
  { columns, days, step, rtl }: KeyContext,
): Placement | null {
  switch (event.code) {
    case 'ArrowUp':
    case 'ArrowDown': {
      const minutes = event.code === 'ArrowUp' ? -step : step;
      if (event.shiftKey) return resized(p, 'end', minutes, step);
      if (event.altKey) return resized(p, 'start', minutes, step);
      return shifted(p, minutes, step);
    }
    case 'ArrowLeft':
    case 'ArrowRight': {
      const forward = (event.code === 'ArrowRight') !== rtl;
      return besideColumn(p, columns, forward ? 1 : -1) ?? p;
    }
    case 'PageUp':
    case 'PageDown':
      return besideDay(p, days, event.code === 'PageUp' ? -1 : 1) ?? p;
    default:
      return null;
  }
}
