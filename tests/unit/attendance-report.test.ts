import { describe, expect, it } from 'vitest';
import { attendanceReport, type ReportPerson } from '../../shared/domain/attendance-report';
import type { AttendanceFacts } from '../../shared/domain/reports';

const DAYS = ['2026-11-14', '2026-11-15', '2026-11-16'];
const names = {
  country: (code: string) => ({ FR: 'France', SN: 'Senegal', RU: 'Russia' })[code] ?? code,
  notStated: 'Not stated',
  noOrganisation: 'No organisation',
  total: 'Total',
  language: 'en',
};
const person = (
  registrationId: number,
  familyNames: string,
  countryCode: string | null,
  organisationName: string,
  status: ReportPerson['status'] = 'confirmed',
): ReportPerson => ({
  registrationId,
  givenNames: 'A',
  familyNames,
  organisationName,
  countryCode,
  status,
});
const PEOPLE = [
  person(1, 'Diop', 'SN', 'Police nationale'),
  person(2, 'Ба', null, ''),
  person(3, 'Petrova', 'RU', 'МВД'),
  person(4, 'Martin', 'FR', 'Police nationale'),
  person(5, 'Invited', 'FR', 'Gendarmerie', 'invited'),
  person(6, 'Declined', 'FR', 'Gendarmerie', 'declined'),
];
const SESSIONS = [
  { id: 10, title: 'Opening', day: DAYS[0]!, startMinute: 540, endMinute: 600, room: 'A' },
  { id: 11, title: 'Africa workshop', day: DAYS[2]!, startMinute: 600, endMinute: 720, room: 'B' },
];
const FACTS: AttendanceFacts = {
  recorded: true,
  byDay: { [DAYS[0]!]: [1, 2, 5], [DAYS[1]!]: [1, 2], '2026-12-01': [4] },
  // 2 was at the Africa workshop on day 3 without passing the desk that day.
  bySession: { '10': [1, 2, 5, 5], '11': [1, 2] },
};

describe('attendance report', () => {
  const report = attendanceReport(PEOPLE, DAYS, SESSIONS, FACTS, names);

  it('gives a person-by-day matrix of the expected and whoever came, with sessions and no-shows', () => {
    expect(
      report.people.map((p) => [p.name, p.present, p.sessionsAttended, p.noShow, p.country]),
    ).toEqual([
      ['Diop, A', [true, true, true], 2, false, 'Senegal'],
      ['Invited, A', [true, false, false], 1, false, 'France'],
      ['Martin, A', [false, false, false], 0, true, 'France'],
      ['Petrova, A', [false, false, false], 0, true, 'Russia'],
      ['Ба, A', [true, true, true], 2, false, 'Not stated'],
    ]);
    expect(report.noShows.map((p) => p.name)).toEqual(['Martin, A', 'Petrova, A']);
  });

  it('counts each session once per person, and a day outside the meeting not at all', () => {
    expect(report.sessions.map((s) => [s.title, s.attended])).toEqual([
      ['Opening', 3],
      ['Africa workshop', 2],
    ]);
    expect(report.total).toMatchObject({ expected: 4, attended: 3, noShows: 2, byDay: [3, 2, 2] });
  });

  it('totals by country and organisation, "not stated" and "no organisation" last', () => {
    expect(
      report.byCountry.map((c) => [c.name, c.expected, c.attended, c.noShows, c.byDay]),
    ).toEqual([
      ['France', 1, 1, 1, [1, 0, 0]],
      ['Russia', 1, 0, 1, [0, 0, 0]],
      ['Senegal', 1, 1, 0, [1, 1, 1]],
      ['Not stated', 1, 1, 0, [1, 1, 1]],
    ]);
    expect(report.byOrganisation.map((o) => [o.name, o.expected, o.attended])).toEqual([
      ['Gendarmerie', 0, 1],
      ['Police nationale', 2, 1],
      ['МВД', 1, 0],
      ['No organisation', 1, 1],
    ]);
    const everyone = report.byCountry.reduce((sum, c) => sum + c.expected, 0);
    expect(everyone).toBe(report.total.expected);
  });

  it('with no attendance recorded, everyone expected is a no-show and nobody else is listed', () => {
    const empty = attendanceReport(
      PEOPLE,
      DAYS,
      SESSIONS,
      { recorded: false, byDay: {}, bySession: {} },
      names,
    );
    expect(empty.people).toHaveLength(4);
    expect(empty.total).toMatchObject({ expected: 4, attended: 0, noShows: 4 });
  });
});
