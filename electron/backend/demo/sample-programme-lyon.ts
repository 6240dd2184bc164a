/**
 * The specialists group's four days in Lyon (shared/SCENARIO.md, meeting A), as an organiser would
 * enter them. One mistake is left on purpose for the organiser to find: the same rapporteur is
 * given to two regional workshops that run at the same time.
 */
import type { SampleProgramme, SampleSession, SampleSlot } from './sample-agenda';

const AUDITORIUM = 'Main Auditorium';
const ROOM_1 = 'Conference Room 1';
const ROOM_2 = 'Conference Room 2';
const ROOM_3 = 'Conference Room 3';
const ROOM_4 = 'Meeting Room 4';
const ATRIUM = 'Atrium';

const VICTIMS = 'Victim identification';
const MATERIAL = 'Abuse material analysis';
const DARKNET = 'Darknet';
const PREVENTION = 'Prevention';
const INVESTIGATIONS = 'Investigations';
const COOPERATION = 'Cooperation';

const chair = (pick: SampleSlot['pick'] = { from: 'anyone' }): SampleSlot => ({
  role: 'chair',
  pick,
});
const speaker = (pick: SampleSlot['pick'] = { from: 'anyone' }): SampleSlot => ({
  role: 'speaker',
  pick,
});
const police = (code: string): SampleSlot['pick'] => ({ from: 'country', code });

/** Breaks and meals, in every room, the same each day. */
function pauses(day: number, options: { afternoonBreak?: boolean } = {}): SampleSession[] {
  const list: SampleSession[] = [
    { day, start: '10:30', end: '11:00', title: 'Coffee break', type: 'break', room: 'all' },
    { day, start: '12:30', end: '14:00', title: 'Lunch', type: 'meal', room: 'all' },
  ];
  if (options.afternoonBreak !== false)
    list.push({
      day,
      start: '15:30',
      end: '16:00',
      title: 'Coffee break',
      type: 'break',
      room: 'all',
    });
  return list;
}

const REGIONS = [
  { region: 'africa', name: 'Africa', room: ROOM_1, expected: 40 },
  { region: 'americas', name: 'Americas', room: ROOM_2, expected: 34 },
  { region: 'asia_south_pacific', name: 'Asia and South Pacific', room: ROOM_3, expected: 38 },
  { region: 'europe', name: 'Europe', room: AUDITORIUM, expected: 60 },
  { region: 'mena', name: 'Middle East and North Africa', room: ROOM_4, expected: 24 },
] as const;

const workshops: SampleSession[] = REGIONS.map(({ region, name, room, expected }) => ({
  day: 2,
  start: '14:00',
  end: '15:30',
  title: `Regional workshop: ${name}`,
  type: 'regional_workshop',
  room,
  region,
  track: COOPERATION,
  expected,
  description: `The challenges the police services of the ${name} region meet against online child sexual abuse, and what they ask of each other and of the General Secretariat.`,
  people: [
    chair({ from: 'region', region }),
    speaker({ from: 'region', region }),
    // The deliberate clash: one rapporteur for the Americas and Europe workshops at once.
    region === 'americas'
      ? { role: 'rapporteur', pick: { from: 'organiser' }, as: 'workshop rapporteur' }
      : region === 'europe'
        ? { role: 'rapporteur', same: 'workshop rapporteur' }
        : { role: 'rapporteur', pick: { from: 'organiser' } },
  ],
}));

export const LYON_PROGRAMME: SampleProgramme = {
  rooms: [
    { name: AUDITORIUM, capacity: 320, location: 'Ground floor' },
    { name: ROOM_1, capacity: 80, location: 'Level 1, east wing' },
    { name: ROOM_2, capacity: 60, location: 'Level 1, east wing' },
    { name: ROOM_3, capacity: 45, location: 'Level 2, west wing' },
    // Booked by another meeting on the first day.
    { name: ROOM_4, capacity: 30, location: 'Level 2, west wing', closedOn: [0] },
    { name: ATRIUM, capacity: 250, location: 'Ground floor, by the main entrance' },
  ],
  tracks: [VICTIMS, MATERIAL, DARKNET, PREVENTION, INVESTIGATIONS, COOPERATION],
  sessions: [
    // Day 1
    {
      day: 0,
      start: '08:00',
      end: '09:00',
      title: 'Registration and badge collection',
      type: 'other',
      room: ATRIUM,
    },
    {
      day: 0,
      start: '09:00',
      end: '09:45',
      title: 'Opening plenary',
      type: 'plenary',
      room: AUDITORIUM,
      expected: 210,
      description: 'Welcome, adoption of the agenda and the year since the last meeting.',
      people: [chair({ from: 'script', script: 'Cyrillic' }), speaker({ from: 'organiser' })],
    },
    {
      day: 0,
      start: '09:45',
      end: '10:30',
      title: 'Keynote remarks by the Director of Police Services',
      type: 'keynote',
      room: AUDITORIUM,
      expected: 210,
      people: [speaker({ from: 'organiser' })],
    },
    {
      day: 0,
      start: '11:00',
      end: '12:30',
      title: 'Global efforts against online child sexual abuse',
      type: 'plenary',
      room: AUDITORIUM,
      track: COOPERATION,
      expected: 200,
      people: [
        chair({ from: 'type', type: 'international' }),
        speaker({ from: 'script', script: 'Arabic' }),
        speaker({ from: 'type', type: 'regional' }),
        speaker({ from: 'type', type: 'ngo' }),
      ],
    },
    {
      day: 0,
      start: '14:00',
      end: '15:30',
      title: 'Technical solutions: detection, hashing and reporting',
      type: 'plenary',
      room: AUDITORIUM,
      track: MATERIAL,
      expected: 190,
      people: [
        { role: 'moderator', pick: { from: 'type', type: 'academia' } },
        { role: 'panellist', pick: { from: 'type', type: 'private' } },
        { role: 'panellist', pick: { from: 'type', type: 'private' } },
        { role: 'panellist', pick: police('GB') },
      ],
    },
    {
      day: 0,
      start: '16:00',
      end: '17:30',
      title: 'Identifying victims and offenders',
      type: 'panel',
      room: AUDITORIUM,
      track: VICTIMS,
      restricted: true,
      expected: 170,
      description: 'Image and video analysis, international databases, and the cases they closed.',
      people: [chair(police('AU')), speaker(police('DE')), speaker(police('BR')), speaker()],
    },
    {
      day: 0,
      start: '18:30',
      end: '20:30',
      title: 'Welcome reception',
      type: 'social',
      room: ATRIUM,
      expected: 200,
    },
    ...pauses(0),
    // Day 2
    {
      day: 1,
      start: '09:00',
      end: '09:30',
      title: 'Keynote remarks by the Chair of the Global Alliance',
      type: 'keynote',
      room: AUDITORIUM,
      track: COOPERATION,
      expected: 200,
      people: [
        speaker({ from: 'organisation', name: 'Global Alliance against Online Child Abuse' }),
      ],
    },
    {
      day: 1,
      start: '09:30',
      end: '10:30',
      title: 'Update from the Global Alliance: more than 70 countries',
      type: 'plenary',
      room: AUDITORIUM,
      track: COOPERATION,
      expected: 200,
      presenterOrganisation: 'Global Alliance against Online Child Abuse',
      people: [
        chair({ from: 'type', type: 'international' }),
        speaker({ from: 'type', type: 'ngo' }),
      ],
    },
    {
      day: 1,
      start: '11:00',
      end: '12:30',
      title: 'Disrupting the networks that produce and circulate abuse material',
      type: 'panel',
      room: AUDITORIUM,
      track: INVESTIGATIONS,
      restricted: true,
      expected: 180,
      people: [
        { role: 'moderator', pick: police('NL') },
        { role: 'panellist', pick: police('US') },
        { role: 'panellist', pick: police('PH') },
        { role: 'panellist', pick: { from: 'script', script: 'Cyrillic' } },
      ],
    },
    {
      day: 1,
      start: '14:00',
      end: '14:45',
      title: 'Case study: travelling sex offenders brought to justice',
      type: 'case_study',
      room: AUDITORIUM,
      track: INVESTIGATIONS,
      presenterCountry: 'PH',
      restricted: true,
      expected: 180,
      people: [chair(police('TH')), speaker(police('PH')), speaker(police('AU'))],
    },
    {
      day: 1,
      start: '14:45',
      end: '15:30',
      title: 'Case study: dismantling a Darknet forum with 400,000 members',
      type: 'case_study',
      room: AUDITORIUM,
      track: DARKNET,
      presenterCountry: 'DE',
      restricted: true,
      expected: 180,
      people: [speaker(police('DE')), speaker(police('US'))],
    },
    {
      day: 1,
      start: '16:00',
      end: '17:30',
      title: 'Analysis of abuse material: tools, triage and officer welfare',
      type: 'panel',
      room: AUDITORIUM,
      track: MATERIAL,
      restricted: true,
      expected: 160,
      people: [chair(police('CA')), speaker(police('FR')), speaker(police('KR')), speaker()],
    },
    ...pauses(1),
    // Day 3
    {
      day: 2,
      start: '09:00',
      end: '10:30',
      title: 'The Darknet: investigating hidden services and cryptocurrencies',
      type: 'plenary',
      room: AUDITORIUM,
      track: DARKNET,
      restricted: true,
      expected: 190,
      people: [
        chair(police('ES')),
        speaker({ from: 'script', script: 'Arabic', whole: true }),
        speaker(police('NL')),
      ],
    },
    {
      day: 2,
      start: '11:00',
      end: '12:30',
      title: 'Prevention strategies that work',
      type: 'panel',
      room: AUDITORIUM,
      track: PREVENTION,
      expected: 180,
      people: [
        { role: 'moderator', pick: { from: 'type', type: 'ngo' } },
        { role: 'panellist', pick: { from: 'type', type: 'academia' } },
        { role: 'panellist', pick: { from: 'type', type: 'international' } },
        { role: 'panellist', pick: police('SE') },
      ],
    },
    ...workshops,
    {
      day: 2,
      start: '16:00',
      end: '17:00',
      title: 'Report back from the regional workshops',
      type: 'plenary',
      room: AUDITORIUM,
      track: COOPERATION,
      expected: 190,
      people: [chair({ from: 'organiser' })],
    },
    ...pauses(2),
    // Day 4
    {
      day: 3,
      start: '09:00',
      end: '09:45',
      title: 'A national child protection unit as a model for other countries',
      type: 'case_study',
      room: AUDITORIUM,
      track: VICTIMS,
      presenterCountry: 'BR',
      expected: 180,
      people: [chair({ from: 'type', type: 'regional' }), speaker(police('BR'))],
    },
    {
      day: 3,
      start: '09:45',
      end: '10:30',
      title: 'Case study: a cross-border victim identification',
      type: 'case_study',
      room: AUDITORIUM,
      track: VICTIMS,
      presenterCountry: 'KE',
      tentative: true,
      restricted: true,
      expected: 170,
      people: [speaker(police('KE')), speaker(police('GH'))],
    },
    {
      day: 3,
      start: '11:00',
      end: '11:45',
      title: 'Award ceremony',
      type: 'award_ceremony',
      room: AUDITORIUM,
      expected: 220,
      people: [speaker({ from: 'organiser' })],
    },
    {
      day: 3,
      start: '11:45',
      end: '12:30',
      title: 'Closing plenary: conclusions and recommendations',
      type: 'plenary',
      room: AUDITORIUM,
      expected: 210,
      people: [chair({ from: 'organiser' }), { role: 'rapporteur', pick: { from: 'organiser' } }],
    },
    { day: 3, start: '10:30', end: '11:00', title: 'Coffee break', type: 'break', room: 'all' },
    { day: 3, start: '12:30', end: '14:00', title: 'Farewell lunch', type: 'meal', room: 'all' },
  ],
  awards: [
    {
      name: 'Award for Outstanding Work against the Sexual Exploitation of Children',
      recipient: 'End Child Exploitation Network',
      session: 'Award ceremony',
      citation:
        'For bringing together civil-society organisations in 93 countries to protect children from sexual exploitation, and for working hand in hand with police services to do so.',
    },
  ],
};
