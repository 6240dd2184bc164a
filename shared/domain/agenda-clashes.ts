/**
 * Every clash of an agenda, found by one pure function: the timetable runs it on each change (live
 * warnings), the backend on the programme. Clashes warn and never block.
 */
import type { AgendaPerson, Room, Session } from './agenda';
import type { Status } from './people';

export const CLASH_KINDS = [
  'room_double_booked',
  'person_double_booked',
  'outside_meeting_days',
  'room_closed',
  'over_capacity',
  'inactive_person',
  'restricted_outsider',
] as const;
export type ClashKind = (typeof CLASH_KINDS)[number];

export type Clash =
  | {
      kind: 'room_double_booked';
      sessionIds: [number, number];
      /** The room both use; null when both sessions take every room. */
      roomId: number | null;
    }
  | { kind: 'person_double_booked'; sessionIds: [number, number]; registrationId: number }
  | { kind: 'outside_meeting_days'; sessionIds: [number]; day: string }
  | { kind: 'room_closed'; sessionIds: [number]; roomId: number; day: string }
  | {
      kind: 'over_capacity';
      sessionIds: [number];
      roomId: number | null;
      expected: number;
      capacity: number;
    }
  | { kind: 'inactive_person'; sessionIds: [number]; registrationId: number; status: Status }
  | { kind: 'restricted_outsider'; sessionIds: [number]; registrationId: number };

export interface ClashInput {
  meeting: { startDate: string; endDate: string };
  rooms: readonly Room[];
  sessions: readonly Session[];
  people: readonly AgendaPerson[];
}

const INACTIVE: ReadonlySet<Status> = new Set(['declined', 'cancelled']);

type Timed = Pick<Session, 'id' | 'day' | 'startMinute' | 'endMinute'>;

const byTime = (a: Timed, b: Timed) =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : a.startMinute - b.startMinute || a.id - b.id;

/**
 * Calls `found` for every overlapping pair of `sessions`. Sorted by day and start, a session can
 * only overlap the ones after it that start before it ends, so this is O(n log n + pairs).
 */
function overlappingPairs(sessions: Timed[], found: (a: Timed, b: Timed) => void): void {
  sessions.sort(byTime);
  for (let i = 0; i < sessions.length; i++) {
    const a = sessions[i]!;
    for (let j = i + 1; j < sessions.length; j++) {
      const b = sessions[j]!;
      if (b.day !== a.day || b.startMinute >= a.endMinute) break;
      found(a, b);
    }
  }
}

function roomClashes(
  sessions: readonly Session[],
  rooms: ReadonlyMap<number, Room>,
  out: Clash[],
): void {
  const byRoom = new Map<number, Session[]>();
  const everywhere: Session[] = [];
  for (const s of sessions) {
    if (s.allRooms) everywhere.push(s);
    else if (s.roomId !== null) {
      const list = byRoom.get(s.roomId);
      if (list) list.push(s);
      else byRoom.set(s.roomId, [s]);
    }
  }
  for (const [roomId, list] of byRoom)
    overlappingPairs([...list, ...everywhere], (a, b) => {
      const both = (a as Session).allRooms && (b as Session).allRooms;
      // Two sessions in every room clash once, not once per room: they are reported below. A
      // session in every room leaves out a room closed that day.
      const closed = rooms.get(roomId)?.closedDays.includes(a.day);
      if (both || ((a as Session).allRooms !== (b as Session).allRooms && closed)) return;
      out.push({ kind: 'room_double_booked', sessionIds: [a.id, b.id], roomId });
    });
  overlappingPairs(everywhere, (a, b) =>
    out.push({ kind: 'room_double_booked', sessionIds: [a.id, b.id], roomId: null }),
  );
}

function personClashes(sessions: readonly Session[], out: Clash[]): void {
  const byPerson = new Map<number, Session[]>();
  for (const s of sessions)
    for (const p of s.people) {
      const list = byPerson.get(p.registrationId);
      if (list) list.push(s);
      else byPerson.set(p.registrationId, [s]);
    }
  for (const [registrationId, list] of byPerson)
    if (list.length > 1)
      overlappingPairs(list, (a, b) =>
        out.push({ kind: 'person_double_booked', sessionIds: [a.id, b.id], registrationId }),
      );
}

/** The seats of a session's room, or of every room open that day for a session in all rooms. */
function capacityOf(s: Session, rooms: ReadonlyMap<number, Room>): number | null {
  if (!s.allRooms) return s.roomId === null ? null : (rooms.get(s.roomId)?.capacity ?? null);
  let total: number | null = null;
  for (const room of rooms.values())
    if (room.capacity !== null && !room.closedDays.includes(s.day))
      total = (total ?? 0) + room.capacity;
  return total;
}

function sessionClashes(input: ClashInput, out: Clash[]): void {
  const rooms = new Map(input.rooms.map((r) => [r.id, r]));
  const people = new Map(input.people.map((p) => [p.registrationId, p]));
  const { startDate, endDate } = input.meeting;
  for (const s of input.sessions) {
    if (s.day < startDate || s.day > endDate)
      out.push({ kind: 'outside_meeting_days', sessionIds: [s.id], day: s.day });
    const room = s.roomId === null ? undefined : rooms.get(s.roomId);
    if (room && !s.allRooms && room.closedDays.includes(s.day))
      out.push({ kind: 'room_closed', sessionIds: [s.id], roomId: room.id, day: s.day });
    const capacity = capacityOf(s, rooms);
    if (s.expectedAudience !== null && capacity !== null && s.expectedAudience > capacity)
      out.push({
        kind: 'over_capacity',
        sessionIds: [s.id],
        roomId: s.allRooms ? null : s.roomId,
        expected: s.expectedAudience,
        capacity,
      });
    for (const assigned of s.people) {
      const person = people.get(assigned.registrationId);
      if (!person) continue;
      if (INACTIVE.has(person.status))
        out.push({
          kind: 'inactive_person',
          sessionIds: [s.id],
          registrationId: person.registrationId,
          status: person.status,
        });
      if (s.restricted && person.organisationType !== 'law_enforcement')
        out.push({
          kind: 'restricted_outsider',
          sessionIds: [s.id],
          registrationId: person.registrationId,
        });
    }
  }
}

/** Every clash of the agenda, in programme order (by the first session's day and start). */
export function findClashes(input: ClashInput): Clash[] {
  const out: Clash[] = [];
  roomClashes(input.sessions, new Map(input.rooms.map((r) => [r.id, r])), out);
  personClashes(input.sessions, out);
  sessionClashes(input, out);
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  const order = (c: Clash) => sessions.get(c.sessionIds[0])!;
  return out.sort(
    (a, b) =>
      byTime(order(a), order(b)) || CLASH_KINDS.indexOf(a.kind) - CLASH_KINDS.indexOf(b.kind),
  );
}

/** The clashes grouped by session, for the warning badge on each block. */
export function clashesBySession(clashes: readonly Clash[]): Map<number, Clash[]> {
  const map = new Map<number, Clash[]>();
  for (const clash of clashes)
    for (const id of clash.sessionIds) {
      const list = map.get(id);
      if (list) list.push(clash);
      else map.set(id, [clash]);
    }
  return map;
}
