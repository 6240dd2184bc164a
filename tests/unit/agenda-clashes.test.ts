import { describe, expect, it } from 'vitest';
import type { AgendaPerson, Room, Session } from '../../shared/domain/agenda';
import { clashesBySession, findClashes } from '../../shared/domain/agenda-clashes';

const meeting = { startDate: '2026-11-14', endDate: '2026-11-17' };
const room = (id: number, capacity: number | null = null, closedDays: string[] = []): Room => ({
  id,
  meetingId: 1,
  name: `Room ${id}`,
  capacity,
  location: '',
  position: id,
  closedDays,
});
let nextId = 1;
function session(fields: Partial<Session>): Session {
  return {
    id: nextId++,
    meetingId: 1,
    title: 'S',
    type: 'plenary',
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
  };
}
const person = (registrationId: number, fields: Partial<AgendaPerson> = {}): AgendaPerson => ({
  registrationId,
  personId: registrationId,
  name: `P${registrationId}`,
  status: 'confirmed',
  organisationId: null,
  organisationName: '',
  organisationType: 'law_enforcement',
  countryCode: null,
  ...fields,
});

describe('findClashes', () => {
  it('back-to-back sessions and sessions on other days or rooms do not clash', () => {
    const sessions = [
      session({ startMinute: 540, endMinute: 600 }),
      session({ startMinute: 600, endMinute: 660 }),
      session({ roomId: 2, startMinute: 540, endMinute: 660 }),
      session({ day: '2026-11-15', startMinute: 540, endMinute: 660 }),
      session({ roomId: null, startMinute: 540, endMinute: 660 }),
    ];
    expect(findClashes({ meeting, rooms: [room(1), room(2)], sessions, people: [] })).toEqual([]);
  });

  it('a room used twice at once, overlapping by one minute', () => {
    const a = session({ startMinute: 540, endMinute: 601 });
    const b = session({ startMinute: 600, endMinute: 660 });
    expect(findClashes({ meeting, rooms: [room(1)], sessions: [b, a], people: [] })).toEqual([
      { kind: 'room_double_booked', sessionIds: [a.id, b.id], roomId: 1 },
    ]);
  });

  it('a session inside a longer one clashes, and so does each of several', () => {
    const long = session({ startMinute: 480, endMinute: 720 });
    const x = session({ startMinute: 500, endMinute: 520 });
    const y = session({ startMinute: 600, endMinute: 700 });
    const pairs = findClashes({ meeting, rooms: [room(1)], sessions: [long, x, y], people: [] });
    expect(pairs.map((c) => c.sessionIds)).toEqual([
      [long.id, x.id],
      [long.id, y.id],
    ]);
  });

  it('two sessions in every room clash once; one clashes with each room it overlaps', () => {
    const lunch = session({ allRooms: true, roomId: null, type: 'meal' });
    const gala = session({ allRooms: true, roomId: null, startMinute: 590, endMinute: 700 });
    const workshop = session({ roomId: 2, startMinute: 650, endMinute: 720 });
    const clashes = findClashes({
      meeting,
      rooms: [room(1), room(2)],
      sessions: [lunch, gala, workshop],
      people: [],
    });
    expect(clashes).toEqual([
      { kind: 'room_double_booked', sessionIds: [lunch.id, gala.id], roomId: null },
      { kind: 'room_double_booked', sessionIds: [gala.id, workshop.id], roomId: 2 },
    ]);
  });

  it('a person in two places at once, whatever their roles', () => {
    const a = session({ roomId: 1, people: [{ registrationId: 7, role: 'chair' }] });
    const b = session({ roomId: 2, people: [{ registrationId: 7, role: 'rapporteur' }] });
    const c = session({
      roomId: 3,
      startMinute: 600,
      people: [{ registrationId: 7, role: 'speaker' }],
    });
    expect(
      findClashes({
        meeting,
        rooms: [room(1), room(2), room(3)],
        sessions: [a, b, c],
        people: [person(7)],
      }),
    ).toEqual([{ kind: 'person_double_booked', sessionIds: [a.id, b.id], registrationId: 7 }]);
  });

  it('outside the meeting days, in a closed room, above capacity (a session in all rooms counts the open ones)', () => {
    const early = session({ day: '2026-11-13' });
    const closed = session({ roomId: 2, day: '2026-11-15' });
    const crowded = session({ roomId: 1, day: '2026-11-16', expectedAudience: 121 });
    const plenary = session({
      allRooms: true,
      roomId: null,
      day: '2026-11-15',
      expectedAudience: 150,
    });
    const rooms = [room(1, 120), room(2, 40, ['2026-11-15'])];
    expect(
      findClashes({ meeting, rooms, sessions: [early, closed, crowded, plenary], people: [] }),
    ).toEqual([
      { kind: 'outside_meeting_days', sessionIds: [early.id], day: '2026-11-13' },
      { kind: 'room_closed', sessionIds: [closed.id], roomId: 2, day: '2026-11-15' },
      {
        kind: 'over_capacity',
        sessionIds: [plenary.id],
        roomId: null,
        expected: 150,
        capacity: 120,
      },
      { kind: 'over_capacity', sessionIds: [crowded.id], roomId: 1, expected: 121, capacity: 120 },
    ]);
  });

  it('people who declined or cancelled, and outsiders on a restricted session', () => {
    const s = session({
      restricted: true,
      people: [
        { registrationId: 1, role: 'chair' },
        { registrationId: 2, role: 'speaker' },
        { registrationId: 3, role: 'panellist' },
        { registrationId: 4, role: 'moderator' },
      ],
    });
    const people = [
      person(1),
      person(2, { status: 'declined' }),
      person(3, { organisationType: 'ngo' }),
      person(4, { organisationType: null, status: 'cancelled' }),
    ];
    expect(findClashes({ meeting, rooms: [room(1)], sessions: [s], people })).toEqual([
      { kind: 'inactive_person', sessionIds: [s.id], registrationId: 2, status: 'declined' },
      { kind: 'inactive_person', sessionIds: [s.id], registrationId: 4, status: 'cancelled' },
      { kind: 'restricted_outsider', sessionIds: [s.id], registrationId: 3 },
      { kind: 'restricted_outsider', sessionIds: [s.id], registrationId: 4 },
    ]);
  });

  it('groups clashes under each session they involve', () => {
    const a = session({});
    const b = session({});
    const map = clashesBySession(
      findClashes({ meeting, rooms: [room(1)], sessions: [a, b], people: [] }),
    );
    expect(map.get(a.id)).toHaveLength(1);
    expect(map.get(b.id)).toEqual(map.get(a.id));
  });
});
