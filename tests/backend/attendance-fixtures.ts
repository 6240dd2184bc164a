import { afterEach } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { Channel, Input, Output } from '../../shared/api';
import { blankPerson } from '../../shared/api/people';
import { tempDir } from './helpers';

/** A clock the test moves by hand: "today" at the desk never depends on the real date. */
export interface TestClock {
  now: number;
  set(iso: string): void;
  advance(ms: number): void;
}

export type ClockedBackend = Backend & {
  clock: TestClock;
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
};

/** The real backend on a real SQLite file, its clock set to `iso`. */
export function clockedBackend(iso: string): ClockedBackend {
  const clock: TestClock = {
    now: Date.parse(iso),
    set(at) {
      this.now = Date.parse(at);
    },
    advance(ms) {
      this.now += ms;
    },
  };
  const backend = createBackend({
    dataDir: tempDir(),
    checkOutput: true,
    log: () => {},
    clock: () => clock.now,
  });
  afterEach(() => backend.close());
  return Object.assign(backend, {
    clock,
    async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      const reply = await backend.dispatch(channel, input);
      if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
      return reply.value as Output<C>;
    },
  });
}

/** Lyon, 14–17 November 2026; 08:30 on the first morning is 07:30 UTC. */
export const FIRST_MORNING = '2026-11-14T07:30:00.000Z';
export const DAYS = ['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17'];

type Status = Input<'registrations.create'>['registration']['status'];

interface SeedPerson {
  key: string;
  given: string;
  family: string;
  country: string;
  org: 'police' | 'ngo' | 'gendarmerie' | 'sn';
  status?: Status;
  plannedDays?: string[];
  dietary?: string;
  visaLetter?: boolean;
}

const PEOPLE: SeedPerson[] = [
  { key: 'nunez', given: 'Ana', family: 'Núñez', country: 'ES', org: 'police', dietary: 'Halal' },
  { key: 'dupont', given: 'Jean', family: 'Dupont', country: 'FR', org: 'gendarmerie' },
  { key: 'diop', given: 'Awa', family: 'Diop', country: 'SN', org: 'sn', visaLetter: true },
  { key: 'ndiaye', given: 'Moussa', family: 'Ndiaye', country: 'SN', org: 'sn' },
  { key: 'okafor', given: 'Ngozi', family: 'Okafor', country: 'NG', org: 'ngo' },
  {
    key: 'smith',
    given: 'John',
    family: 'Smith',
    country: 'US',
    org: 'police',
    status: 'declined',
  },
  {
    key: 'late',
    given: 'Lena',
    family: 'Berg',
    country: 'SE',
    org: 'police',
    plannedDays: ['2026-11-16', '2026-11-17'],
  },
  { key: 'invited', given: 'Wei', family: 'Chen', country: 'CN', org: 'police', status: 'invited' },
];

/**
 * The specialists group meeting with eight participants of several regions, statuses and
 * organisation types, a second meeting (Cotonou) where Ana Núñez is registered too, and a
 * regional workshop (Africa, day 2) and a restricted case study (day 2).
 */
export async function seedDesk(backend: ClockedBackend) {
  const meeting = await backend.call('meetings.create', {
    title: 'Specialists Group',
    kind: 'specialists_group',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    timeZone: 'Europe/Paris',
  });
  const other = await backend.call('meetings.create', {
    title: 'Working Group Cotonou',
    kind: 'working_group',
    startDate: '2026-09-22',
    endDate: '2026-09-24',
    timeZone: 'Africa/Porto-Novo',
  });
  const orgs = {
    police: await backend.call('organisations.create', {
      name: 'Policía Nacional',
      type: 'law_enforcement',
      countryCode: 'ES',
    }),
    gendarmerie: await backend.call('organisations.create', {
      name: 'Gendarmerie nationale',
      type: 'law_enforcement',
      countryCode: 'FR',
    }),
    sn: await backend.call('organisations.create', {
      name: 'Police judiciaire du Sénégal',
      type: 'law_enforcement',
      countryCode: 'SN',
    }),
    ngo: await backend.call('organisations.create', {
      name: 'Child Protection Network',
      type: 'ngo',
      countryCode: 'NG',
    }),
  };
  const reg: Record<string, Output<'registrations.create'>> = {};
  for (const p of PEOPLE)
    reg[p.key] = await backend.call('registrations.create', {
      meetingId: meeting.id,
      person: {
        ...blankPerson(),
        givenNames: p.given,
        familyNames: p.family,
        countryCode: p.country,
        organisationId: orgs[p.org].id,
        email: `${p.key}@example.org`,
        phone: '+33 4 72 44 70 00',
      },
      registration: {
        status: p.status ?? 'confirmed',
        plannedDays: p.plannedDays ?? [],
        dietary: p.dietary ?? '',
        visaLetter: p.visaLetter ?? false,
      },
    });
  const elsewhere = await backend.call('registrations.create', {
    meetingId: other.id,
    personId: reg.nunez!.personId,
    registration: { status: 'confirmed' },
  });
  const workshop = await backend.call('agenda.createSession', {
    meetingId: meeting.id,
    session: {
      title: 'Regional workshop — Africa',
      type: 'regional_workshop',
      region: 'africa',
      day: '2026-11-15',
      startMinute: 14 * 60,
      endMinute: 16 * 60,
    },
  });
  const caseStudy = await backend.call('agenda.createSession', {
    meetingId: meeting.id,
    session: {
      title: 'Case study: travelling sex offenders',
      type: 'case_study',
      restricted: true,
      day: '2026-11-15',
      startMinute: 9 * 60,
      endMinute: 10 * 60 + 30,
    },
  });
  const tokens = new Map(
    (
      await backend.call('attendance.badgeTokens', {
        meetingId: meeting.id,
        registrationIds: Object.values(reg).map((r) => r.id),
      })
    ).map((t) => [t.registrationId, t.token]),
  );
  const token = (key: string) => tokens.get(reg[key]!.id) ?? '';
  return {
    meetingId: meeting.id,
    otherMeetingId: other.id,
    reg,
    elsewhere,
    workshopId: workshop.id,
    caseStudyId: caseStudy.id,
    token,
  };
}

/** The desk's place on a day of the seeded meeting. */
export const at = (meetingId: number, day: string | null = DAYS[0]!) => ({
  meetingId,
  day,
  sessionId: null,
  operator: 'Marie',
});
