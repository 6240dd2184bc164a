import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import en from '../../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../../shared/i18n/fr.json' with { type: 'json' };
import type { AgendaPerson, Room, Session } from '../../../shared/domain/agenda';
import { findClashes, type Clash } from '../../../shared/domain/agenda-clashes';
import { clashSentence, type ClashWording } from '../../../renderer/src/features/agenda/clash-text';

const room = (
  id: number,
  name: string,
  capacity: number | null,
  closedDays: string[] = [],
): Room => ({
  id,
  meetingId: 1,
  name,
  capacity,
  location: '',
  position: id,
  closedDays,
});

const session = (id: number, title: string, fields: Partial<Session>): Session => ({
  id,
  meetingId: 1,
  title,
  type: 'panel',
  day: '2026-11-15',
  startMinute: 600,
  endMinute: 660,
  roomId: null,
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

const person = (
  registrationId: number,
  name: string,
  fields: Partial<AgendaPerson>,
): AgendaPerson => ({
  registrationId,
  personId: registrationId,
  name,
  status: 'confirmed',
  organisationId: null,
  organisationName: '',
  organisationType: 'law_enforcement',
  countryCode: null,
  ...fields,
});

/** One agenda with every kind of clash, found by the real finder. */
const agenda = {
  meeting: {
    id: 1,
    title: 'Lyon',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    timeZone: 'Europe/Paris',
    languages: ['en', 'fr'],
  },
  rooms: [room(1, 'Salle 2', 30), room(2, 'Auditorium', 200, ['2026-11-16'])],
  sessions: [
    session(10, 'Workshop Africa', {
      roomId: 1,
      expectedAudience: 45,
      people: [
        { registrationId: 100, role: 'chair' },
        { registrationId: 101, role: 'speaker' },
      ],
    }),
    session(11, 'Coffee break', { roomId: 1, type: 'break', startMinute: 630, endMinute: 690 }),
    session(12, 'Case study', {
      roomId: 2,
      restricted: true,
      startMinute: 615,
      endMinute: 675,
      people: [
        { registrationId: 100, role: 'speaker' },
        { registrationId: 102, role: 'panellist' },
      ],
    }),
    session(13, 'Closing plenary', {
      roomId: 2,
      day: '2026-11-16',
      startMinute: 900,
      endMinute: 960,
    }),
    session(14, 'Excursion', { day: '2026-11-21' }),
    session(15, 'Opening plenary', {
      allRooms: true,
      day: '2026-11-14',
      startMinute: 540,
      endMinute: 600,
      expectedAudience: 400,
    }),
    session(16, 'Welcome', { allRooms: true, day: '2026-11-14', startMinute: 570, endMinute: 630 }),
    session(17, 'Side meeting', {
      roomId: 1,
      people: [{ registrationId: 103, role: 'moderator' }],
      day: '2026-11-17',
    }),
  ],
  people: [
    person(100, 'Awa Diop', {}),
    person(101, 'Moussa Ndiaye', { status: 'declined' }),
    person(102, 'Jane Doe', { organisationName: 'ECPAT International', organisationType: 'ngo' }),
    person(103, 'Ана Иванова', { status: 'cancelled' }),
  ],
} as const satisfies ClashWording['agenda'];

const clashes = findClashes(agenda);

async function wording(lng: 'en' | 'fr'): Promise<ClashWording> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng,
    interpolation: { escapeValue: false },
  });
  return { agenda, t: instance.t as TFunction, language: lng };
}

const sentences = (w: ClashWording, filter: (c: Clash) => boolean = () => true) =>
  clashes.filter(filter).map((c) => clashSentence(c, w).replace(/\u00a0/g, ' '));

describe('clash sentences', () => {
  let english: ClashWording;
  let french: ClashWording;
  beforeAll(async () => {
    english = await wording('en');
    french = await wording('fr');
  });

  it('finds one of each kind in the fixture', () => {
    expect(new Set(clashes.map((c) => c.kind))).toEqual(
      new Set([
        'room_double_booked',
        'person_double_booked',
        'outside_meeting_days',
        'room_closed',
        'over_capacity',
        'inactive_person',
        'restricted_outsider',
      ]),
    );
  });

  it('says each clash in plain English', () => {
    expect(sentences(english)).toEqual([
      '“Opening plenary” and “Welcome” both take every room at 09:30–10:00 on Sat 14 Nov.',
      '“Opening plenary” expects 400 people but all rooms together seat 230.',
      'Salle 2 is used twice at 10:30–11:00 on Sun 15 Nov: “Workshop Africa” and “Coffee break”.',
      'Awa Diop is chairing “Workshop Africa” and speaking in “Case study” at the same time (10:15–11:00, Sun 15 Nov).',
      '“Workshop Africa” expects 45 people but Salle 2 seats 30.',
      'Moussa Ndiaye (speaker) in “Workshop Africa” has declined the invitation.',
      '“Case study” is for law enforcement only, but Jane Doe (ECPAT International) is not law enforcement.',
      '“Closing plenary” is in Auditorium on Mon 16 Nov, when that room is closed.',
      'Ана Иванова (moderator) in “Side meeting” has cancelled.',
      '“Excursion” is on Sat 21 Nov, outside the meeting’s days (14–17 November 2026).',
    ]);
  });

  it('says each clash in plain French', () => {
    expect(sentences(french)).toEqual([
      '« Opening plenary » et « Welcome » occupent toutes les salles en même temps le sam. 14 nov., de 09:30 à 10:00.',
      '« Opening plenary » attend 400 personnes, mais toutes les salles réunies n’ont que 230 places.',
      'Deux sessions en même temps dans Salle 2, de 10:30 à 11:00 le dim. 15 nov. : « Workshop Africa » et « Coffee break ».',
      'Awa Diop préside « Workshop Africa » et intervient dans « Case study » en même temps (10:15–11:00, dim. 15 nov.).',
      '« Workshop Africa » attend 45 personnes, mais Salle 2 n’a que 30 places.',
      'Moussa Ndiaye (intervenant·e) dans « Workshop Africa » a décliné l’invitation.',
      '« Case study » est réservée aux services de police, mais Jane Doe (ECPAT International) n’en fait pas partie.',
      '« Closing plenary » a lieu dans Auditorium le lun. 16 nov., un jour où cette salle est fermée.',
      'Ана Иванова (modérateur·rice) dans « Side meeting » a annulé sa participation.',
      '« Excursion » a lieu le sam. 21 nov., en dehors des jours de la réunion (14–17 novembre 2026).',
    ]);
  });

  it('names each role as the sentence needs it', () => {
    const roles = ['chair', 'moderator', 'speaker', 'panellist', 'rapporteur'] as const;
    const pair = (role: (typeof roles)[number]) => {
      const a = session(1, 'A', { people: [{ registrationId: 100, role }] });
      const b = session(2, 'B', { people: [{ registrationId: 100, role: 'rapporteur' }] });
      const [clash] = findClashes({ ...agenda, sessions: [a, b] });
      return clashSentence(clash!, { ...english, agenda: { ...agenda, sessions: [a, b] } });
    };
    expect(roles.map(pair)).toEqual([
      'Awa Diop is chairing “A” and rapporteur for “B” at the same time (10:00–11:00, Sun 15 Nov).',
      'Awa Diop is moderating “A” and rapporteur for “B” at the same time (10:00–11:00, Sun 15 Nov).',
      'Awa Diop is speaking in “A” and rapporteur for “B” at the same time (10:00–11:00, Sun 15 Nov).',
      'Awa Diop is on the panel of “A” and rapporteur for “B” at the same time (10:00–11:00, Sun 15 Nov).',
      'Awa Diop is rapporteur for “A” and rapporteur for “B” at the same time (10:00–11:00, Sun 15 Nov).',
    ]);
  });
});
