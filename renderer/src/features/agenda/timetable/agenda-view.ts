/**
 * What each timetable view shows, as pure functions of the agenda and the filters: which sessions
 * pass, which columns a day or a room has, which sessions go in which column.
 */
import type { Room, Session } from '../../../../../shared/domain/agenda';
import type { AgendaFilters } from '../agenda.store';
import type { GridColumn } from './placement';

export const filtersActive = (f: AgendaFilters): boolean =>
  f.trackIds.length > 0 || f.types.length > 0 || f.roomIds.length > 0;

/**
 * Whether a session passes the filters. A session in every room passes a room filter (it takes
 * place in those rooms too); a session not placed in a room does not.
 */
export function matchesFilters(s: Session, f: AgendaFilters): boolean {
  if (f.trackIds.length && (s.trackId === null || !f.trackIds.includes(s.trackId))) return false;
  if (f.types.length && !f.types.includes(s.type)) return false;
  if (f.roomIds.length && !s.allRooms && (s.roomId === null || !f.roomIds.includes(s.roomId)))
    return false;
  return true;
}

export const byStart = (a: Session, b: Session) =>
  a.day.localeCompare(b.day) ||
  a.startMinute - b.startMinute ||
  a.endMinute - b.endMinute ||
  a.id - b.id;

/** A column with what its header says and what it holds. */
export interface ColumnModel extends GridColumn {
  /** The room, for a room's column in the day view or the day columns of the room view. */
  roomRecord: Room | null;
  /** The room cannot be used that day (shaded). */
  closed: boolean;
  sessions: Session[];
}

/** The rooms the day view shows as columns: all of them in order, or the filtered ones. */
export function shownRooms(rooms: readonly Room[], filters: AgendaFilters): Room[] {
  const sorted = [...rooms].sort((a, b) => a.position - b.position || a.id - b.id);
  return filters.roomIds.length ? sorted.filter((r) => filters.roomIds.includes(r.id)) : sorted;
}

export interface DayLayout {
  columns: ColumnModel[];
  /** Sessions in every room: drawn once across all columns. */
  spanning: Session[];
}

/**
 * The day view: one column per room in room order, then a "no room" column when some session of
 * the day has no room; sessions in every room span the columns.
 */
export function dayLayout(
  rooms: readonly Room[],
  day: string,
  visible: readonly Session[],
  filters: AgendaFilters,
): DayLayout {
  const ofDay = visible.filter((s) => s.day === day);
  const byRoom = new Map<number, Session[]>();
  const noRoom: Session[] = [];
  const spanning: Session[] = [];
  for (const s of ofDay) {
    if (s.allRooms) spanning.push(s);
    else if (s.roomId === null) noRoom.push(s);
    else {
      const list = byRoom.get(s.roomId);
      if (list) list.push(s);
      else byRoom.set(s.roomId, [s]);
    }
  }
  const columns: ColumnModel[] = shownRooms(rooms, filters).map((room) => ({
    key: `room-${room.id}`,
    day,
    room: { kind: 'room', roomId: room.id },
    roomRecord: room,
    closed: room.closedDays.includes(day),
    sessions: byRoom.get(room.id) ?? [],
  }));
  if (noRoom.length)
    columns.push({
      key: 'no-room',
      day,
      room: { kind: 'none' },
      roomRecord: null,
      closed: false,
      sessions: noRoom,
    });
  return { columns, spanning };
}

/** The room view: one column per meeting day, holding the room's sessions and those in all rooms. */
export function roomLayout(
  room: Room,
  days: readonly string[],
  visible: readonly Session[],
): ColumnModel[] {
  return days.map((day) => ({
    key: `day-${day}`,
    day,
    room: { kind: 'room', roomId: room.id },
    roomRecord: room,
    closed: room.closedDays.includes(day),
    sessions: visible.filter((s) => s.day === day && (s.allRooms || s.roomId === room.id)),
  }));
}

/** The overview: every day's sessions in time order (moving between days keeps the room). */
export function overviewLayout(
  days: readonly string[],
  visible: readonly Session[],
): ColumnModel[] {
  const byDay = new Map<string, Session[]>(days.map((d) => [d, []]));
  for (const s of visible) byDay.get(s.day)?.push(s);
  return days.map((day) => ({
    key: `overview-${day}`,
    day,
    room: { kind: 'any' },
    roomRecord: null,
    closed: false,
    sessions: (byDay.get(day) ?? []).sort(byStart),
  }));
}

/** Sessions that start together, for the overview's compact time slots. */
export function groupByStart(
  sessions: readonly Session[],
): { startMinute: number; sessions: Session[] }[] {
  const groups: { startMinute: number; sessions: Session[] }[] = [];
  for (const s of sessions) {
    const last = groups[groups.length - 1];
    if (last && last.startMinute === s.startMinute) last.sessions.push(s);
    else groups.push({ startMinute: s.startMinute, sessions: [s] });
  }
  return groups;
}
