import { describe, expect, it } from 'vitest';
import type { Room, Session } from '../../../shared/domain/agenda';
import {
  dayLayout,
  groupByStart,
  matchesFilters,
  overviewLayout,
  roomLayout,
} from '../../../renderer/src/features/agenda/timetable/agenda-view';
import {
  clockBands,
  firstMinuteToShow,
  layoutLanes,
} from '../../../renderer/src/features/agenda/timetable/grid-geometry';

const room = (id: number, position: number, closedDays: string[] = []): Room => ({
  id,
  meetingId: 1,
  name: `Room ${id}`,
  capacity: null,
  location: '',
  position,
  closedDays,
});

let nextId = 1;
const session = (fields: Partial<Session>): Session => ({
  id: nextId++,
  meetingId: 1,
  title: 'A session',
  type: 'panel',
  day: '2026-11-14',
  startMinute: 540,
  endMinute: 600,
  roomId: 1,
  allRooms: false,
  trackId: null,
  region: null,
  description: '',
  tentative: false,
  expectedAudience: null,
  restricted: false,
  presenterCountryCode: null,
  presenterOrganisationId: null,
  people: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

const NONE = { trackIds: [], types: [], roomIds: [] };

describe('the day view', () => {
  const rooms = [room(2, 1), room(1, 0), room(3, 2, ['2026-11-15'])];

  it('has a column per room in room order, and one for sessions without a room only if needed', () => {
    const placed = session({ roomId: 2 });
    const nowhere = session({ roomId: null });
    const everywhere = session({ roomId: null, allRooms: true });
    const layout = dayLayout(rooms, '2026-11-14', [placed, nowhere, everywhere], NONE);
    expect(layout.columns.map((c) => c.key)).toEqual(['room-1', 'room-2', 'room-3', 'no-room']);
    expect(layout.columns[1]!.sessions).toEqual([placed]);
    expect(layout.columns[3]!.sessions).toEqual([nowhere]);
    expect(layout.spanning).toEqual([everywhere]);
    expect(dayLayout(rooms, '2026-11-14', [placed], NONE).columns).toHaveLength(3);
  });

  it('shades a room closed that day, and shows only the rooms a room filter keeps', () => {
    expect(dayLayout(rooms, '2026-11-15', [], NONE).columns.map((c) => c.closed)).toEqual([
      false,
      false,
      true,
    ]);
    const filtered = dayLayout(rooms, '2026-11-14', [], { ...NONE, roomIds: [3] });
    expect(filtered.columns.map((c) => c.key)).toEqual(['room-3']);
  });

  it('filters by type, track and room; a session in all rooms passes any room filter', () => {
    const breakEverywhere = session({ type: 'break', allRooms: true, roomId: null });
    const tracked = session({ trackId: 7, roomId: 2 });
    expect(matchesFilters(breakEverywhere, { ...NONE, roomIds: [2] })).toBe(true);
    expect(matchesFilters(session({ roomId: null }), { ...NONE, roomIds: [2] })).toBe(false);
    expect(matchesFilters(tracked, { ...NONE, trackIds: [7] })).toBe(true);
    expect(matchesFilters(breakEverywhere, { ...NONE, trackIds: [7] })).toBe(false);
    expect(matchesFilters(breakEverywhere, { ...NONE, types: ['break', 'meal'] })).toBe(true);
  });
});

describe('the room view and the overview', () => {
  it('puts a room’s sessions and those in all rooms under each day', () => {
    const own = session({ roomId: 1, day: '2026-11-15' });
    const other = session({ roomId: 2, day: '2026-11-15' });
    const everywhere = session({ allRooms: true, roomId: null, day: '2026-11-14' });
    const columns = roomLayout(
      room(1, 0, ['2026-11-16']),
      ['2026-11-14', '2026-11-15', '2026-11-16'],
      [own, other, everywhere],
    );
    expect(columns.map((c) => c.sessions)).toEqual([[everywhere], [own], []]);
    expect(columns.map((c) => c.closed)).toEqual([false, false, true]);
  });

  it('lists each day’s sessions in time order, grouped by their start', () => {
    const late = session({ startMinute: 840, endMinute: 900 });
    const early = session({ startMinute: 540, endMinute: 600, roomId: 2 });
    const alongside = session({ startMinute: 540, endMinute: 630, roomId: 3 });
    const [day] = overviewLayout(['2026-11-14'], [late, alongside, early]);
    expect(day!.sessions).toEqual([early, alongside, late]);
    expect(groupByStart(day!.sessions).map((g) => [g.startMinute, g.sessions.length])).toEqual([
      [540, 2],
      [840, 1],
    ]);
  });
});

describe('the grid geometry', () => {
  it('puts overlapping sessions side by side, and the others full width', () => {
    const lanes = layoutLanes([
      { id: 1, startMinute: 540, endMinute: 600 },
      { id: 2, startMinute: 570, endMinute: 660 },
      { id: 3, startMinute: 600, endMinute: 630 },
      { id: 4, startMinute: 700, endMinute: 760 },
    ]);
    expect(lanes.get(1)).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get(2)).toEqual({ lane: 1, lanes: 2 });
    // It starts when the first ends: the first lane is free again.
    expect(lanes.get(3)).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get(4)).toEqual({ lane: 0, lanes: 1 });
  });

  it('opens a day just above its first session, at 08:00 at the latest', () => {
    expect(firstMinuteToShow([])).toBe(480);
    expect(firstMinuteToShow([{ id: 1, startMinute: 540, endMinute: 600 }])).toBe(465);
    expect(firstMinuteToShow([{ id: 1, startMinute: 30, endMinute: 90 }])).toBe(15);
  });

  it('marks the hour the clocks skip in spring and repeat in autumn, and nothing on other days', () => {
    expect(clockBands('2026-03-29', 'Europe/Paris')).toEqual([
      { kind: 'skipped', startMinute: 120, endMinute: 180 },
    ]);
    expect(clockBands('2026-10-25', 'Europe/Paris')).toEqual([
      { kind: 'repeated', startMinute: 120, endMinute: 180 },
    ]);
    expect(clockBands('2026-11-14', 'Europe/Paris')).toEqual([]);
    expect(clockBands('2026-09-22', 'Africa/Porto-Novo')).toEqual([]);
  });
});
