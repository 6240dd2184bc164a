/**
 * A programme shaped like the specialists group's meeting (shared/SCENARIO.md): ten rooms, one of
 * them closed on a day, plenaries, case studies, five parallel regional workshops, breaks and
 * meals in all rooms, chairs and speakers from the participants. Seeded through the contract, so
 * the e2e tests, the bench and a developer's browser host all get the same data.
 */
import type { Channel, Input, Output } from '../../shared/api';
import type { SessionType } from '../../shared/domain/agenda';

/** Calls one channel and returns its value, throwing on a refusal. */
export type Caller = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

export const ROOMS = [
  { name: 'Main hall', capacity: 320, location: 'Ground floor' },
  { name: 'Salle Interpol', capacity: 120, location: 'First floor' },
  { name: 'Africa', capacity: 60, location: 'First floor' },
  { name: 'Americas', capacity: 60, location: 'First floor' },
  { name: 'Asia–South Pacific', capacity: 60, location: 'Second floor' },
  { name: 'Europe', capacity: 60, location: 'Second floor' },
  { name: 'Middle East and North Africa', capacity: 60, location: 'Second floor' },
  { name: 'Lab 1', capacity: 24, location: 'Forensics wing' },
  { name: 'Lab 2', capacity: 24, location: 'Forensics wing' },
  { name: 'Press room', capacity: 30, location: 'Ground floor' },
];

export const PEOPLE = [
  { givenNames: 'Awa', familyNames: 'Diop', countryCode: 'SN' },
  { givenNames: 'Fatima', familyNames: 'Al-Hassan', countryCode: 'JO' },
  { givenNames: 'Olga', familyNames: 'Петренко', countryCode: 'UA' },
  { givenNames: 'Jean-Luc', familyNames: 'Lefèvre', countryCode: 'FR' },
  { givenNames: 'María José', familyNames: 'Núñez', countryCode: 'CO' },
  { givenNames: 'Kwame', familyNames: 'Mensah', countryCode: 'GH' },
  { givenNames: 'Yuki', familyNames: 'Tanaka', countryCode: 'JP' },
  { givenNames: 'Sarah', familyNames: 'O’Brien', countryCode: 'IE' },
];

interface Planned {
  title: string;
  type: SessionType;
  start: string;
  end: string;
  /** Room index, 'all' for every room, null for not placed. */
  room: number | 'all' | null;
  people?: [number, 'chair' | 'speaker' | 'moderator' | 'panellist'][];
  tentative?: boolean;
}

const REGIONS = [
  'Africa',
  'Americas',
  'Asia–South Pacific',
  'Europe',
  'Middle East and North Africa',
];

/** One day of the meeting: its morning plenary, parallel tracks, breaks and meals. */
function dayPlan(day: number): Planned[] {
  const plan: Planned[] = [
    day === 0
      ? {
          title: 'Opening plenary',
          type: 'plenary',
          start: '09:00',
          end: '10:30',
          room: 0,
          people: [
            [0, 'chair'],
            [1, 'speaker'],
          ],
        }
      : {
          title: `Plenary: news from the regions (day ${day + 1})`,
          type: 'plenary',
          start: '09:00',
          end: '10:30',
          room: 0,
          people: [[3, 'chair']],
        },
    { title: 'Coffee break', type: 'break', start: '10:30', end: '11:00', room: 'all' },
    { title: 'Lunch', type: 'meal', start: '12:30', end: '14:00', room: 'all' },
    { title: 'Coffee break', type: 'break', start: '15:30', end: '16:00', room: 'all' },
  ];
  if (day === 0)
    plan.push(
      {
        title: 'Keynote: the victims we have not found yet',
        type: 'keynote',
        start: '11:00',
        end: '12:30',
        room: 0,
        people: [
          [2, 'speaker'],
          [0, 'moderator'],
        ],
      },
      {
        title: 'Press briefing',
        type: 'other',
        start: '11:00',
        end: '11:45',
        room: 9,
        tentative: true,
      },
    );
  else
    REGIONS.forEach((region, i) =>
      plan.push({
        title: `Regional workshop: ${region}`,
        type: 'regional_workshop',
        start: '11:00',
        end: '12:30',
        room: 2 + i,
        people: [[(i + day) % PEOPLE.length, 'chair']],
      }),
    );
  plan.push(
    {
      title: `Case study: image forensics ${day + 1}`,
      type: 'case_study',
      start: '14:00',
      end: '15:30',
      room: 1,
      people: [
        [4, 'speaker'],
        [5, 'chair'],
      ],
    },
    {
      title: 'Hands-on: hash sets and triage',
      type: 'working_group',
      start: '14:00',
      end: '15:30',
      room: 7,
      people: [[6, 'speaker']],
    },
    {
      title: 'Hands-on: Darknet marketplaces',
      type: 'working_group',
      start: '14:00',
      end: '16:00',
      room: 8,
      tentative: day % 2 === 0,
    },
    {
      title: 'Panel: industry and law enforcement',
      type: 'panel',
      start: '16:00',
      end: '17:30',
      room: 0,
      people: [
        [7, 'moderator'],
        [2, 'panellist'],
        [5, 'panellist'],
      ],
    },
    {
      title: 'Prevention track',
      type: 'case_study',
      start: '16:00',
      end: '17:00',
      room: 1,
      people: [[3, 'speaker']],
    },
  );
  if (day === 3)
    plan.push({
      title: 'Award ceremony',
      type: 'award_ceremony',
      start: '17:30',
      end: '18:30',
      room: 0,
    });
  return plan;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

export interface SeededProgramme {
  rooms: number[];
  registrations: number[];
  /** Session ids by title (the first of a repeated title). */
  sessions: Map<string, number>;
}

/**
 * Ten rooms (the press room closed on the last day), eight participants and a four-day programme
 * on the meeting whose days start at `days[0]`.
 */
export async function seedProgramme(
  call: Caller,
  meetingId: number,
  days: string[],
  options: { sessions?: boolean } = {},
): Promise<SeededProgramme> {
  const rooms: number[] = [];
  for (const [i, room] of ROOMS.entries()) {
    const closedDays = i === 9 && days.length > 1 ? [days[days.length - 1]!] : [];
    rooms.push((await call('agenda.createRoom', { meetingId, room: { ...room, closedDays } })).id);
  }
  const police = await call('organisations.create', {
    name: 'Specialist Crime Unit',
    type: 'law_enforcement',
  });
  const registrations: number[] = [];
  for (const [i, person] of PEOPLE.entries())
    registrations.push(
      (
        await call('registrations.create', {
          meetingId,
          person: { ...person, email: `person${i}@example.org`, organisationId: police.id },
          registration: { status: 'confirmed' },
        })
      ).id,
    );
  const sessions = new Map<string, number>();
  if (options.sessions === false) return { rooms, registrations, sessions };
  for (const [d, day] of days.entries())
    for (const p of dayPlan(d)) {
      const created = await call('agenda.createSession', {
        meetingId,
        session: {
          title: p.title,
          type: p.type,
          day,
          startMinute: minutes(p.start),
          endMinute: minutes(p.end),
          roomId: typeof p.room === 'number' ? rooms[p.room]! : null,
          allRooms: p.room === 'all',
          tentative: p.tentative ?? false,
          people: (p.people ?? []).map(([i, role]) => ({
            registrationId: registrations[i]!,
            role,
          })),
        },
      });
      if (!sessions.has(p.title)) sessions.set(p.title, created.id);
    }
  return { rooms, registrations, sessions };
}

/** `count` sessions in the given rooms on one day, back to back from 08:00 (the bench's day). */
export async function seedBusyDay(
  call: Caller,
  meetingId: number,
  day: string,
  rooms: number[],
  registrations: number[],
  count: number,
): Promise<void> {
  const perRoom = Math.ceil(count / rooms.length);
  const length = Math.floor((12 * 60) / perRoom);
  const types: SessionType[] = [
    'case_study',
    'panel',
    'working_group',
    'regional_workshop',
    'keynote',
  ];
  for (let i = 0; i < count; i++) {
    const room = i % rooms.length;
    const slot = Math.floor(i / rooms.length);
    const start = 8 * 60 + slot * length;
    await call('agenda.createSession', {
      meetingId,
      session: {
        title: `Session ${slot + 1} in room ${room + 1}`,
        type: types[i % types.length]!,
        day,
        startMinute: start,
        endMinute: start + length - 2,
        roomId: rooms[room]!,
        tentative: i % 7 === 0,
        // One speaker per room (rooms beyond the participants have none), so no one is double-booked.
        people:
          room < registrations.length
            ? [{ registrationId: registrations[room]!, role: 'speaker' as const }]
            : [],
      },
    });
  }
}
