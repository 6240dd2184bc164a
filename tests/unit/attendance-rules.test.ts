import { describe, expect, it } from 'vitest';
import {
  countAttendance,
  deskDay,
  groupDayRows,
  isExpectedOn,
  isRefusedStatus,
  isRepeatScan,
  outcomeTone,
  sessionAudience,
  type CounterRow,
  type SessionRule,
} from '../../shared/domain/attendance';

const DAY = '2026-11-14';

describe('who is expected on a day', () => {
  it('takes registered and confirmed people planning that day, or no day in particular', () => {
    expect(isExpectedOn({ status: 'confirmed', plannedDays: [] }, DAY)).toBe(true);
    expect(isExpectedOn({ status: 'registered', plannedDays: [DAY] }, DAY)).toBe(true);
    expect(isExpectedOn({ status: 'confirmed', plannedDays: ['2026-11-15'] }, DAY)).toBe(false);
    for (const status of ['invited', 'waitlisted', 'declined', 'cancelled'] as const)
      expect(isExpectedOn({ status, plannedDays: [] }, DAY)).toBe(false);
  });

  it('turns away declined and cancelled people only', () => {
    expect(isRefusedStatus('declined')).toBe(true);
    expect(isRefusedStatus('cancelled')).toBe(true);
    expect(isRefusedStatus('invited')).toBe(false);
  });
});

describe('the desk', () => {
  it('checks in for today when the meeting is on, and waits for a choice otherwise', () => {
    const days = ['2026-11-14', '2026-11-15'];
    expect(deskDay(days, '2026-11-15')).toBe('2026-11-15');
    expect(deskDay(days, '2026-12-01')).toBeNull();
  });

  it('treats a second read within two seconds as the same scan', () => {
    const at = '2026-11-14T08:00:00.000Z';
    const t = Date.parse(at);
    expect(isRepeatScan(at, t + 400)).toBe(true);
    expect(isRepeatScan(at, t + 1_999)).toBe(true);
    expect(isRepeatScan(at, t + 2_000)).toBe(false);
    expect(isRepeatScan(at, t - 5)).toBe(false);
  });

  it('gives each answer one of three tones', () => {
    expect(outcomeTone('checked_in')).toBe('success');
    expect(outcomeTone('already')).toBe('notice');
    for (const o of ['not_registered', 'cancelled', 'unknown', 'reissued', 'unreadable'] as const)
      expect(outcomeTone(o)).toBe('refusal');
  });
});

describe('who a session is for', () => {
  const workshop: SessionRule = {
    type: 'regional_workshop',
    region: 'africa',
    restricted: false,
    people: [9],
  };
  const person = (id: number, region: 'africa' | 'europe', police = true) => ({
    registrationId: id,
    policeRegion: region,
    organisationType: police ? ('law_enforcement' as const) : ('ngo' as const),
  });

  it('expects a regional workshop’s own region, and admits others', () => {
    expect(sessionAudience(workshop, person(1, 'africa'))).toBe('expected');
    expect(sessionAudience(workshop, person(2, 'europe'))).toBe('other');
    expect(sessionAudience(workshop, person(9, 'europe'))).toBe('expected');
  });

  it('admits law enforcement only to a restricted session, and its own speakers', () => {
    const restricted = { ...workshop, type: 'case_study' as const, region: null, restricted: true };
    expect(sessionAudience(restricted, person(1, 'africa'))).toBe('expected');
    expect(sessionAudience(restricted, person(2, 'africa', false))).toBe('refused');
    expect(sessionAudience(restricted, person(9, 'africa', false))).toBe('expected');
  });
});

describe('counters', () => {
  const row = (
    expected: boolean,
    region: CounterRow['policeRegion'],
    checkedIn: boolean,
  ): CounterRow => ({ expected, policeRegion: region, checkedIn });

  it('counts checked in over expected, by region in a fixed order', () => {
    const c = countAttendance([
      row(true, 'europe', true),
      row(true, 'europe', false),
      row(true, 'africa', true),
      row(false, 'africa', false), // not expected, not come
      row(false, null, true), // came without being expected
      row(false, 'mena', false),
    ]);
    expect(c).toEqual({
      expected: 3,
      checkedIn: 3,
      expectedCheckedIn: 2,
      byRegion: [
        { region: 'africa', expected: 1, checkedIn: 1 },
        { region: 'europe', expected: 2, checkedIn: 1 },
        { region: null, expected: 0, checkedIn: 1 },
      ],
    });
  });
});

describe("today's groups", () => {
  const r = (
    id: number,
    country: string | null,
    org: string,
    expected: boolean,
    came: boolean,
  ) => ({
    registrationId: id,
    countryCode: country,
    organisationName: org,
    expected,
    checkedInAt: came ? '2026-11-14T08:00:00Z' : null,
  });
  const rows = [
    r(1, 'FR', 'Police nationale', true, true),
    r(2, 'SN', 'Police judiciaire', true, false),
    r(3, 'SN', 'Police judiciaire', true, false),
    r(4, 'FR', 'Gendarmerie', true, false),
    r(5, null, '', true, false),
    r(6, 'BE', 'Police fédérale', true, true),
  ];
  const collator = new Intl.Collator('en');

  it('puts the groups with most people still to come first, then by name, unknown last', () => {
    const groups = groupDayRows(rows, 'country', (k) => k, collator);
    expect(groups.map((g) => [g.key, g.expected, g.came])).toEqual([
      ['SN', 2, 0],
      ['FR', 2, 1],
      ['BE', 1, 1],
      ['', 1, 0],
    ]);
    const byOrg = groupDayRows(rows, 'organisation', (k) => k, collator);
    expect(byOrg.map((g) => g.key)).toEqual([
      'Police judiciaire',
      'Gendarmerie',
      'Police fédérale',
      'Police nationale',
      '',
    ]);
  });
});
