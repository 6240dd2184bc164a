import { describe, expect, it } from 'vitest';
import {
  besideColumn,
  besideDay,
  drawn,
  inColumn,
  placementAfterKey,
  resized,
  shifted,
  type GridColumn,
  type Placement,
} from '../../../renderer/src/features/agenda/timetable/placement';

const at = (start: string, end: string, rest: Partial<Placement> = {}): Placement => {
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  return {
    day: '2026-11-14',
    startMinute: m(start),
    endMinute: m(end),
    roomId: 1,
    allRooms: false,
    ...rest,
  };
};

const rooms: GridColumn[] = [1, 2, 3].map((roomId) => ({
  key: `room-${roomId}`,
  day: '2026-11-14',
  room: { kind: 'room', roomId },
}));
const days = ['2026-11-14', '2026-11-15', '2026-11-16'];

describe('moving a session on the grid', () => {
  it('snaps the start to the step and keeps the length', () => {
    expect(shifted(at('09:10', '10:10'), 7, 15)).toEqual(at('09:15', '10:15'));
    expect(shifted(at('09:00', '10:30'), -16, 5)).toEqual(at('08:45', '10:15'));
  });

  it('never goes before 00:00 or past midnight: the session stops at the edge of its day', () => {
    expect(shifted(at('23:00', '23:45'), 200, 15)).toEqual(at('23:15', '24:00'));
    expect(shifted(at('00:30', '01:30'), -120, 15)).toEqual(at('00:00', '01:00'));
  });

  it('resizes one edge by snapped steps, never below one step, never outside the day', () => {
    expect(resized(at('09:00', '10:30'), 'end', 30, 15)).toEqual(at('09:00', '11:00'));
    expect(resized(at('09:00', '10:30'), 'end', -300, 15)).toEqual(at('09:00', '09:15'));
    expect(resized(at('09:05', '10:30'), 'end', -300, 15)).toEqual(at('09:05', '09:15'));
    expect(resized(at('09:00', '10:30'), 'start', 200, 15)).toEqual(at('10:15', '10:30'));
    expect(resized(at('23:00', '23:45'), 'end', 60, 15)).toEqual(at('23:00', '24:00'));
    expect(resized(at('00:30', '01:00'), 'start', -60, 5)).toEqual(at('00:00', '01:00'));
  });

  it('takes the room of the column, but a session in all rooms stays in all rooms', () => {
    expect(inColumn(at('09:00', '10:00'), rooms[2]!)).toMatchObject({ roomId: 3 });
    expect(
      inColumn(at('09:00', '10:00'), { key: 'no-room', day: '2026-11-15', room: { kind: 'none' } }),
    ).toMatchObject({ roomId: null, day: '2026-11-15' });
    const everywhere = at('10:30', '11:00', { roomId: null, allRooms: true });
    expect(inColumn(everywhere, rooms[1]!)).toEqual(everywhere);
  });

  it('goes one room aside in a day view, one day aside in a room view, and stops at the ends', () => {
    expect(besideColumn(at('09:00', '10:00'), rooms, 1)).toMatchObject({ roomId: 2 });
    expect(besideColumn(at('09:00', '10:00', { roomId: 3 }), rooms, 1)).toBeNull();
    // Moved to another day meanwhile: a room step keeps that day.
    expect(besideColumn(at('09:00', '10:00', { day: '2026-11-15' }), rooms, 1)).toMatchObject({
      roomId: 2,
      day: '2026-11-15',
    });
    const byDay: GridColumn[] = days.map((day) => ({
      key: day,
      day,
      room: { kind: 'room', roomId: 1 },
    }));
    expect(besideColumn(at('09:00', '10:00'), byDay, 1)).toMatchObject({
      day: '2026-11-15',
      roomId: 1,
    });
    expect(
      besideColumn(at('09:00', '10:00', { allRooms: true, roomId: null }), rooms, 1),
    ).toBeNull();
    expect(besideDay(at('09:00', '10:00'), days, -1)).toBeNull();
    expect(besideDay(at('09:00', '10:00'), days, 1)).toMatchObject({ day: '2026-11-15' });
  });

  it('draws a new session either way from where the press was, at least one step long', () => {
    const africa = rooms[2]!;
    expect(drawn(africa, 14 * 60 + 5, 15 * 60 + 28, 15)).toEqual(
      at('14:00', '15:30', { roomId: 3 }),
    );
    expect(drawn(africa, 16 * 60 + 42, 16 * 60 + 11, 5)).toEqual(
      at('16:10', '16:45', { roomId: 3 }),
    );
    expect(drawn(africa, 9 * 60, 9 * 60, 15)).toEqual(at('09:00', '09:15', { roomId: 3 }));
    expect(drawn(africa, 1439, 1500, 15)).toEqual(at('23:45', '24:00', { roomId: 3 }));
  });
});

describe('the keys of a held session', () => {
  const context = { columns: rooms, days, step: 15, rtl: false };
  const key = (code: string, mods: { shiftKey?: boolean; altKey?: boolean } = {}) => ({
    code,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  it('arrows move by a step or a room, Shift and Alt resize, Page keys change the day', () => {
    const p = at('09:00', '10:30');
    expect(placementAfterKey(key('ArrowDown'), p, context)).toEqual(at('09:15', '10:45'));
    expect(placementAfterKey(key('ArrowDown', { shiftKey: true }), p, context)).toEqual(
      at('09:00', '10:45'),
    );
    expect(placementAfterKey(key('ArrowUp', { altKey: true }), p, context)).toEqual(
      at('08:45', '10:30'),
    );
    expect(placementAfterKey(key('ArrowRight'), p, context)).toMatchObject({ roomId: 2 });
    expect(placementAfterKey(key('PageDown'), p, context)).toMatchObject({ day: '2026-11-15' });
    expect(placementAfterKey(key('KeyA'), p, context)).toBeNull();
  });

  it('stays put at an edge, and mirrors left and right in a right-to-left language', () => {
    const p = at('09:00', '10:30');
    expect(placementAfterKey(key('ArrowLeft'), p, context)).toBe(p);
    expect(placementAfterKey(key('PageUp'), p, context)).toBe(p);
    expect(placementAfterKey(key('ArrowLeft'), p, { ...context, rtl: true })).toMatchObject({
      roomId: 2,
    });
  });
});
