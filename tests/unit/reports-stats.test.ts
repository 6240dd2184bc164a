import { describe, expect, it } from 'vitest';
import { classOf, dashboardFigures, mapClasses } from '../../shared/domain/reports-stats';
import {
  DEFAULT_FILTER,
  NO_ATTENDANCE,
  NOT_STATED,
  type AttendanceFacts,
  type ReportRegistration,
} from '../../shared/domain/reports';

const DAYS = ['2026-11-14', '2026-11-15', '2026-11-16'];
let nextId = 1;

function reg(overrides: Partial<ReportRegistration> = {}): ReportRegistration {
  const id = nextId++;
  return {
    registrationId: id,
    personId: id,
    meetingId: 1,
    status: 'confirmed',
    role: 'delegate',
    gender: 'female',
    countryCode: 'FR',
    policeRegion: 'europe',
    m49Region: 'Europe',
    organisationType: 'law_enforcement',
    expectedDays: DAYS,
    ...overrides,
  };
}

const keys = (buckets: { key: string; registered: number }[]) =>
  buckets.map((b) => [b.key, b.registered]);

describe('dashboard figures', () => {
  it('counts expected people and their countries, a missing country under "not stated"', () => {
    const rows = [
      reg({ countryCode: 'SN', policeRegion: 'africa', m49Region: 'Africa' }),
      reg({ countryCode: 'SN', policeRegion: 'africa', m49Region: 'Africa', gender: 'male' }),
      reg(),
      reg({ countryCode: null, policeRegion: null, m49Region: '', gender: null }),
      reg({ status: 'invited' }),
      reg({ status: 'declined', countryCode: 'JP' }),
    ];
    const figures = dashboardFigures(rows, NO_ATTENDANCE, DEFAULT_FILTER);
    expect(figures.registered).toEqual({ participants: 4, countries: 2, notStated: 1 });
    expect(keys(figures.by.country)).toEqual([
      ['SN', 2],
      ['FR', 1],
      [NOT_STATED, 1],
    ]);
    expect(keys(figures.by.policeRegion)).toEqual([
      ['africa', 2],
      ['europe', 1],
      [NOT_STATED, 1],
    ]);
    expect(keys(figures.by.m49Region)).toEqual([
      ['Africa', 2],
      ['Europe', 1],
      [NOT_STATED, 1],
    ]);
    expect(keys(figures.by.gender)).toEqual([
      ['female', 2],
      ['male', 1],
      [NOT_STATED, 1],
    ]);
    expect(figures.byStatus).toEqual({ confirmed: 4, invited: 1, declined: 1 });
  });

  it('leaves attended figures empty until attendance is recorded, rather than showing zeros', () => {
    const figures = dashboardFigures([reg(), reg()], NO_ATTENDANCE, DEFAULT_FILTER);
    expect(figures.attended).toBeNull();
    expect(figures.by.country[0]).toEqual({ key: 'FR', registered: 2, attended: null });
  });

  it('counts present people against expected ones, in total and on a chosen day', () => {
    const [a, b, c] = [reg(), reg({ expectedDays: [DAYS[0]!] }), reg({ countryCode: 'DE' })];
    const facts: AttendanceFacts = {
      recorded: true,
      byDay: {
        [DAYS[0]!]: [a!.registrationId, b!.registrationId],
        [DAYS[1]!]: [a!.registrationId],
      },
      bySession: {},
    };
    const rows = [a!, b!, c!];
    const all = dashboardFigures(rows, facts, DEFAULT_FILTER);
    expect(all.registered.participants).toBe(3);
    expect(all.attended).toEqual({ participants: 2, countries: 1, notStated: 0 });
    expect(all.by.country).toEqual([
      { key: 'FR', registered: 2, attended: 2 },
      { key: 'DE', registered: 1, attended: 0 },
    ]);
    // On the second day b is not expected (planned for the first only) and only a came.
    const second = dashboardFigures(rows, facts, { ...DEFAULT_FILTER, day: DAYS[1]! });
    expect(second.registered.participants).toBe(2);
    expect(second.attended?.participants).toBe(1);
  });

  it('counts someone present on a day they had not planned', () => {
    const walkIn = reg({ expectedDays: [DAYS[2]!] });
    const facts: AttendanceFacts = {
      recorded: true,
      byDay: { [DAYS[0]!]: [walkIn.registrationId] },
      bySession: {},
    };
    const figures = dashboardFigures([walkIn], facts, { ...DEFAULT_FILTER, day: DAYS[0]! });
    expect(figures.registered.participants).toBe(1);
    expect(figures.attended?.participants).toBe(1);
  });

  it('filters by status: invited and waitlisted only', () => {
    const rows = [reg({ status: 'invited' }), reg({ status: 'waitlisted' }), reg()];
    const figures = dashboardFigures(rows, NO_ATTENDANCE, {
      statuses: ['invited', 'waitlisted'],
      day: null,
    });
    expect(figures.registered.participants).toBe(2);
  });

  it('counts a person once across a series of linked meetings, with their most prominent role', () => {
    const person = 900;
    const rows = [
      reg({ personId: person, meetingId: 1, role: 'delegate' }),
      reg({ personId: person, meetingId: 2, role: 'chair' }),
      reg({ personId: person, meetingId: 3, role: 'staff', status: 'declined' }),
      reg({ meetingId: 2, countryCode: 'BJ' }),
    ];
    const figures = dashboardFigures(rows, NO_ATTENDANCE, DEFAULT_FILTER);
    expect(figures.registered).toEqual({ participants: 2, countries: 2, notStated: 0 });
    expect(keys(figures.by.role)).toEqual([
      ['chair', 1],
      ['delegate', 1],
    ]);
    expect(figures.byStatus).toEqual({ confirmed: 2, declined: 1 });
  });

  it('counts a person of a series as attended when they came to any of its meetings', () => {
    const first = reg({ personId: 7, meetingId: 1 });
    const second = reg({ personId: 7, meetingId: 2 });
    const facts: AttendanceFacts = {
      recorded: true,
      byDay: { [DAYS[0]!]: [second.registrationId] },
      bySession: {},
    };
    const figures = dashboardFigures([first, second], facts, DEFAULT_FILTER);
    expect(figures.attended?.participants).toBe(1);
  });

  it('gives empty figures for a meeting with nobody', () => {
    const figures = dashboardFigures([], NO_ATTENDANCE, DEFAULT_FILTER);
    expect(figures.registered).toEqual({ participants: 0, countries: 0, notStated: 0 });
    expect(figures.by.country).toEqual([]);
  });
});

describe('map classes', () => {
  it('uses one class per count when few people come from each country', () => {
    expect(mapClasses([1, 2, 3])).toEqual([1, 2, 3]);
    expect(mapClasses([])).toEqual([]);
  });

  it('steps geometrically over skewed counts, ending at the largest', () => {
    const bounds = mapClasses([1, 1, 2, 3, 5, 8, 40]);
    expect(bounds.at(-1)).toBe(40);
    expect(bounds).toEqual([...new Set(bounds)].sort((a, b) => a - b));
    expect(bounds.length).toBeLessThanOrEqual(5);
    expect(classOf(1, bounds)).toBe(0);
    expect(classOf(40, bounds)).toBe(bounds.length - 1);
    expect(classOf(0, bounds)).toBe(-1);
  });
});
