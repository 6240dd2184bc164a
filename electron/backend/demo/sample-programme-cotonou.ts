/**
 * The working group's three days in Cotonou (shared/SCENARIO.md, meeting B), typed in French as its
 * organisers work in French. One mistake is left on purpose: a bilateral meeting booked in a
 * committee room while a working group is still using it.
 */
import type { SampleProgramme, SampleSession, SampleSlot } from './sample-agenda';

const PLENARY = 'Salle plénière';
const ROOM_A = 'Salle de commission A';
const ROOM_B = 'Salle de commission B';
const ROOM_C = 'Salle de commission C';

const PREVENTION = 'Prévention';
const PROTECTION = 'Protection';
const PROSECUTION = 'Poursuites';
const COOPERATION = 'Coopération régionale';

const police = (code: string): SampleSlot['pick'] => ({ from: 'country', code });

function pauses(day: number): SampleSession[] {
  return [
    { day, start: '10:30', end: '11:00', title: 'Pause-café', type: 'break', room: 'all' },
    { day, start: '12:30', end: '14:00', title: 'Déjeuner', type: 'meal', room: 'all' },
  ];
}

const COUNTRY_REPORTS = [
  { code: 'TD', name: 'Tchad', start: '14:00', end: '14:40' },
  { code: 'ML', name: 'Mali', start: '14:40', end: '15:20' },
  { code: 'MR', name: 'Mauritanie', start: '15:20', end: '16:00' },
  { code: 'NE', name: 'Niger', start: '16:15', end: '16:55' },
  { code: 'SN', name: 'Sénégal', start: '16:55', end: '17:35' },
];

export const COTONOU_PROGRAMME: SampleProgramme = {
  rooms: [
    { name: PLENARY, capacity: 130, location: 'Rez-de-chaussée' },
    { name: ROOM_A, capacity: 40, location: '1er étage' },
    { name: ROOM_B, capacity: 40, location: '1er étage' },
    { name: ROOM_C, capacity: 25, location: '2e étage' },
  ],
  tracks: [PREVENTION, PROTECTION, PROSECUTION, COOPERATION],
  sessions: [
    // Jour 1
    {
      day: 0,
      start: '08:30',
      end: '09:00',
      title: 'Accueil et enregistrement des participants',
      type: 'other',
      room: PLENARY,
    },
    {
      day: 0,
      start: '09:00',
      end: '10:30',
      title: 'Cérémonie d’ouverture',
      type: 'plenary',
      room: PLENARY,
      expected: 100,
      people: [
        { role: 'chair', pick: police('BJ') },
        { role: 'speaker', pick: { from: 'organiser' } },
        {
          role: 'speaker',
          pick: { from: 'organisation', name: 'International Organization for Migration' },
        },
      ],
    },
    {
      day: 0,
      start: '11:00',
      end: '12:30',
      title: 'Résultats de l’opération conjointe contre la traite des êtres humains',
      type: 'plenary',
      room: PLENARY,
      track: COOPERATION,
      restricted: true,
      expected: 90,
      description:
        'Arrestations, victimes secourues et réseaux démantelés au Tchad, au Mali, en Mauritanie, au Niger et au Sénégal.',
      people: [
        { role: 'chair', pick: police('CI') },
        { role: 'speaker', pick: police('NE') },
        { role: 'speaker', pick: police('ML') },
      ],
    },
    ...COUNTRY_REPORTS.map(({ code, name, start, end }): SampleSession => ({
      day: 0,
      start,
      end,
      title: `Rapport national : ${name}`,
      type: 'case_study',
      room: PLENARY,
      presenterCountry: code,
      expected: 90,
      people: [{ role: 'speaker', pick: police(code) }],
    })),
    { day: 0, start: '16:00', end: '16:15', title: 'Pause-café', type: 'break', room: 'all' },
    ...pauses(0),
    // Jour 2
    {
      day: 1,
      start: '09:00',
      end: '10:30',
      title: 'Échange régional : les pratiques qui ont fonctionné',
      type: 'working_group',
      room: PLENARY,
      track: COOPERATION,
      expected: 90,
      people: [
        { role: 'moderator', pick: { from: 'type', type: 'regional' } },
        { role: 'speaker', pick: police('GH') },
        { role: 'speaker', pick: police('BF') },
      ],
    },
    {
      day: 1,
      start: '11:00',
      end: '12:30',
      title: 'Échange régional : les pratiques moins concluantes et les leçons à en tirer',
      type: 'working_group',
      room: PLENARY,
      track: COOPERATION,
      expected: 90,
      people: [
        { role: 'moderator', pick: { from: 'type', type: 'ngo' } },
        { role: 'speaker', pick: police('TG') },
        { role: 'speaker', pick: police('NG') },
      ],
    },
    {
      day: 1,
      start: '14:00',
      end: '15:30',
      title: 'Groupe de travail : prévention',
      type: 'working_group',
      room: ROOM_A,
      track: PREVENTION,
      expected: 30,
      people: [
        { role: 'chair', pick: { from: 'type', type: 'ngo' } },
        { role: 'rapporteur', pick: police('GN') },
      ],
    },
    {
      day: 1,
      start: '14:00',
      end: '15:30',
      title: 'Groupe de travail : protection des victimes',
      type: 'working_group',
      room: ROOM_B,
      track: PROTECTION,
      expected: 30,
      people: [
        {
          role: 'chair',
          pick: { from: 'organisation', name: 'International Organization for Migration' },
        },
        { role: 'rapporteur', pick: police('BJ') },
      ],
    },
    {
      day: 1,
      start: '14:00',
      end: '15:30',
      title: 'Groupe de travail : poursuites judiciaires',
      type: 'working_group',
      room: PLENARY,
      track: PROSECUTION,
      restricted: true,
      expected: 35,
      people: [
        { role: 'chair', pick: police('SN') },
        { role: 'rapporteur', pick: police('TD') },
      ],
    },
    {
      // The deliberate clash: Salle B is still taken by the working group on protection.
      day: 1,
      start: '14:45',
      end: '15:30',
      title: 'Réunion bilatérale OIM – Police nationale du Niger',
      type: 'other',
      room: ROOM_B,
      tentative: true,
      expected: 8,
      people: [
        { role: 'chair', pick: { from: 'type', type: 'international' } },
        { role: 'speaker', pick: police('NE') },
      ],
    },
    {
      day: 1,
      start: '16:00',
      end: '17:30',
      title: 'Restitution des groupes de travail',
      type: 'plenary',
      room: PLENARY,
      expected: 90,
      people: [{ role: 'chair', pick: { from: 'organiser' } }],
    },
    { day: 1, start: '15:30', end: '16:00', title: 'Pause-café', type: 'break', room: 'all' },
    ...pauses(1),
    // Jour 3
    {
      day: 2,
      start: '09:00',
      end: '10:30',
      title: 'La voie à suivre : prévention, protection et poursuites',
      type: 'plenary',
      room: PLENARY,
      expected: 95,
      people: [
        { role: 'chair', pick: { from: 'type', type: 'regional' } },
        { role: 'panellist', pick: police('MR') },
        { role: 'panellist', pick: { from: 'type', type: 'international' } },
        { role: 'panellist', pick: { from: 'type', type: 'ngo' } },
      ],
    },
    {
      day: 2,
      start: '11:00',
      end: '12:00',
      title: 'Adoption des recommandations',
      type: 'plenary',
      room: PLENARY,
      expected: 95,
      people: [
        { role: 'chair', pick: police('BJ') },
        { role: 'rapporteur', pick: { from: 'organiser' } },
      ],
    },
    {
      day: 2,
      start: '12:00',
      end: '12:30',
      title: 'Cérémonie de clôture',
      type: 'plenary',
      room: PLENARY,
      expected: 95,
      people: [{ role: 'speaker', pick: { from: 'organiser' } }],
    },
    { day: 2, start: '10:30', end: '11:00', title: 'Pause-café', type: 'break', room: 'all' },
    { day: 2, start: '12:30', end: '14:00', title: 'Déjeuner', type: 'meal', room: 'all' },
  ],
  awards: [],
};
