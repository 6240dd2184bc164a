import type { Input, Output } from '../../shared/api';
import { blankPerson } from '../../shared/api/people';
import type { ClockedBackend } from './attendance-fixtures';

type Person = Partial<ReturnType<typeof blankPerson>> & { givenNames: string; familyNames: string };
type Registration = Input<'registrations.create'>['registration'];

/** People written in their own scripts, a chosen badge name, every role, a decline. */
const PEOPLE: { key: string; person: Person; registration?: Registration }[] = [
  {
    key: 'haddad',
    person: { givenNames: 'ريم', familyNames: 'الحداد', countryCode: 'LB', gender: 'female' },
    registration: { dietary: 'Halal, no shellfish' },
  },
  {
    key: 'petrova',
    person: { givenNames: 'Анна', familyNames: 'Петрова', countryCode: 'RU', gender: 'female' },
    registration: { role: 'speaker' },
  },
  {
    key: 'wang',
    person: { givenNames: '芳', familyNames: '王', countryCode: 'CN' },
    registration: { role: 'observer' },
  },
  {
    key: 'mensah',
    person: { givenNames: 'Kofi', familyNames: 'Mensah', countryCode: 'GH', gender: 'male' },
    registration: { role: 'chair', badgeName: 'Dr Kofi A. Mensah', accessibility: 'Wheelchair' },
  },
  {
    key: 'nunez',
    person: { givenNames: 'Ana', familyNames: 'Núñez', countryCode: 'ES', position: 'Inspectora' },
    registration: { role: 'vip' },
  },
  {
    key: 'smith',
    person: { givenNames: 'John', familyNames: 'Smith', countryCode: 'US' },
    registration: { status: 'declined' },
  },
];

/**
 * A meeting in English and French (Lyon, 14–17 November 2026) with the people above confirmed
 * (John Smith declined) and `extra` more delegates, so that badges fill several sheets.
 */
export async function seedBadges(backend: ClockedBackend, extra = 0) {
  const meeting = await backend.call('meetings.create', {
    title: 'Specialists Group on Crimes against Children',
    kind: 'specialists_group',
    city: 'Lyon',
    countryCode: 'FR',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    timeZone: 'Europe/Paris',
    languages: ['en', 'fr'],
  });
  const organisation = await backend.call('organisations.create', {
    name: 'Direction centrale de la police judiciaire',
    type: 'law_enforcement',
    countryCode: 'FR',
  });
  const reg: Record<string, Output<'registrations.create'>> = {};
  const people = [
    ...PEOPLE,
    ...Array.from({ length: extra }, (_, i) => ({
      key: `extra${i}`,
      person: {
        givenNames: `Delegate ${i + 1}`,
        familyNames: `Zimmermann`,
        countryCode: ['SN', 'BR', 'JP', 'NP', 'CH', 'QA'][i % 6]!,
      },
      registration: {} as Registration,
    })),
  ];
  for (const { key, person, registration } of people)
    reg[key] = await backend.call('registrations.create', {
      meetingId: meeting.id,
      person: { ...blankPerson(), organisationId: organisation.id, ...person },
      registration: { status: 'confirmed', ...registration },
    });
  return { meetingId: meeting.id, reg };
}

/** The PDF of a badges reply. */
export const pdfOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
