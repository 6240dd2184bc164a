import type { Output } from '../../shared/api';
import { blankPerson } from '../../shared/api/people';
import { qrPayload } from '../../shared/domain/badge-token';
import type { HostHandle } from './fixtures';
import { seed } from './people-seed';

export const FIRST_DAY = '2026-11-14';
/** 08:30 in Lyon on the first morning. */
export const FIRST_MORNING = '2026-11-14T07:30:00.000Z';

type Key = 'nunez' | 'dupont' | 'diop' | 'okafor' | 'smith' | 'berg';

const PEOPLE: Record<
  Key,
  { given: string; family: string; country: string; org: 'police' | 'ngo'; status?: 'declined' }
> = {
  nunez: { given: 'Ana', family: 'Núñez', country: 'ES', org: 'police' },
  dupont: { given: 'Jean', family: 'Dupont', country: 'FR', org: 'police' },
  diop: { given: 'Awa', family: 'Diop', country: 'SN', org: 'police' },
  okafor: { given: 'Ngozi', family: 'Okafor', country: 'NG', org: 'ngo' },
  smith: { given: 'John', family: 'Smith', country: 'US', org: 'police', status: 'declined' },
  berg: { given: 'Lena', family: 'Berg', country: 'SE', org: 'police' },
};

/**
 * The specialists group meeting in Lyon with six participants (one declined), badges for all,
 * a second meeting whose badge Ana Núñez also holds, and a restricted case study and an Africa
 * workshop on the first day.
 */
export async function seedDesk(host: HostHandle) {
  const meeting = await seed(host, 'meetings.create', {
    title: 'Specialists Group — Lyon',
    kind: 'specialists_group',
    startDate: FIRST_DAY,
    endDate: '2026-11-17',
    timeZone: 'Europe/Paris',
    languages: ['en', 'fr'],
  });
  const other = await seed(host, 'meetings.create', {
    title: 'Working Group — Cotonou',
    kind: 'working_group',
    startDate: '2026-09-22',
    endDate: '2026-09-24',
    timeZone: 'Africa/Porto-Novo',
  });
  const orgs = {
    police: await seed(host, 'organisations.create', {
      name: 'Policía Nacional',
      type: 'law_enforcement',
    }),
    ngo: await seed(host, 'organisations.create', { name: 'Child Safety NGO', type: 'ngo' }),
  };
  const reg = {} as Record<Key, Output<'registrations.create'>>;
  for (const [key, p] of Object.entries(PEOPLE) as [Key, (typeof PEOPLE)[Key]][])
    reg[key] = await seed(host, 'registrations.create', {
      meetingId: meeting.id,
      person: {
        ...blankPerson(),
        givenNames: p.given,
        familyNames: p.family,
        countryCode: p.country,
        organisationId: orgs[p.org].id,
        email: `${key}@example.org`,
        phone: '+33 4 72 44 70 00',
      },
      registration: {
        status: p.status ?? 'confirmed',
        dietary: key === 'diop' ? 'Halal' : '',
        visaLetter: key === 'diop',
      },
    });
  const elsewhere = await seed(host, 'registrations.create', {
    meetingId: other.id,
    personId: reg.nunez.personId,
    registration: { status: 'confirmed' },
  });
  const tokens = new Map(
    (
      await seed(host, 'attendance.badgeTokens', {
        meetingId: meeting.id,
        registrationIds: Object.values(reg).map((r) => r.id),
      })
    ).map((t) => [t.registrationId, t.token]),
  );
  const [otherToken] = await seed(host, 'attendance.badgeTokens', {
    meetingId: other.id,
    registrationIds: [elsewhere.id],
  });
  const caseStudy = await seed(host, 'agenda.createSession', {
    meetingId: meeting.id,
    session: {
      title: 'Case study: travelling offenders',
      type: 'case_study',
      restricted: true,
      day: FIRST_DAY,
      startMinute: 11 * 60,
      endMinute: 12 * 60,
    },
  });
  const workshop = await seed(host, 'agenda.createSession', {
    meetingId: meeting.id,
    session: {
      title: 'Regional workshop — Africa',
      type: 'regional_workshop',
      region: 'africa',
      day: FIRST_DAY,
      startMinute: 14 * 60,
      endMinute: 16 * 60,
    },
  });
  return {
    meetingId: meeting.id,
    reg,
    /** What the badge's QR code makes the scanner type. */
    badge: (key: Key) => qrPayload(tokens.get(reg[key].id)!),
    otherMeetingBadge: qrPayload(otherToken!.token),
    caseStudyId: caseStudy.id,
    workshopId: workshop.id,
  };
}
