import { describe, expect, it } from 'vitest';
import { loadSampleAttendance } from '../../electron/backend/demo/sample-attendance';
import { POLICE_REGIONS } from '../../shared/domain/people';
import { formatTimeIn } from '../../shared/domain/time';
import { testBackend } from './helpers';

async function lyon() {
  const backend = testBackend();
  await backend.call('demo.load', {});
  const meeting = (await backend.call('meetings.list', {})).find((m) => m.city === 'Lyon')!;
  return { backend, meetingId: meeting.id };
}

const DAYS = ['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17'];

describe('sample attendance', () => {
  it('brings most delegates every day, a few never, some late or leaving early', async () => {
    const { backend, meetingId } = await lyon();
    const daysOf = new Map<number, string[]>();
    const expected = new Set<number>();
    for (const day of DAYS) {
      const { rows } = await backend.call('attendance.day', { meetingId, day });
      for (const r of rows) {
        if (r.expected) expected.add(r.registrationId);
        if (r.checkedInAt)
          daysOf.set(r.registrationId, [...(daysOf.get(r.registrationId) ?? []), day]);
      }
    }
    const everyDay = [...expected].filter((id) => daysOf.get(id)?.length === DAYS.length).length;
    const never = [...expected].filter((id) => !daysOf.has(id)).length;
    const late = [...expected].filter((id) => (daysOf.get(id)?.[0] ?? DAYS[0]!) > DAYS[0]!).length;
    const leftEarly = [...expected].filter((id) => {
      const came = daysOf.get(id);
      return came && came[0] === DAYS[0] && came.at(-1)! < DAYS[3]!;
    }).length;
    expect(expected.size).toBeGreaterThan(150);
    expect(everyDay / expected.size).toBeGreaterThan(0.75);
    expect(never).toBeGreaterThan(0);
    expect(never / expected.size).toBeLessThan(0.1);
    expect(late).toBeGreaterThan(0);
    expect(leftEarly).toBeGreaterThan(0);

    // Arrivals in the morning of the meeting's zone (late ones until the afternoon); leaving on the last day.
    const first = await backend.call('attendance.day', { meetingId, day: DAYS[0]! });
    for (const r of first.rows.filter((x) => x.checkedInAt)) {
      const time = formatTimeIn(r.checkedInAt!, 'Europe/Paris');
      expect(time >= '07:15' && time <= '14:00', time).toBe(true);
      expect(r.checkedOutAt).toBeNull();
    }
    const last = await backend.call('attendance.day', { meetingId, day: DAYS[3]! });
    expect(last.rows.some((r) => r.checkedOutAt)).toBe(true);
  });

  it('gives everyone a badge, handed over at their first check-in and scanned after', async () => {
    const { backend, meetingId } = await lyon();
    const { rows } = await backend.call('attendance.day', { meetingId, day: DAYS[2]! });
    const someone = rows.find((r) => r.checkedInAt)!;
    const person = await backend.call('attendance.person', {
      registrationId: someone.registrationId,
    });
    const firstDay = person.days.find((d) => d.checkedInAt)!;
    expect(person.badge?.collectedAt).toBe(firstDay.checkedInAt);
    expect(firstDay.method).toBe('search');
    expect(person.history.filter((h) => h.action === 'check_in').length).toBe(
      person.days.filter((d) => d.checkedInAt).length,
    );
  });

  it('fills each regional workshop of the sample programme mostly with its own region', async () => {
    const { backend, meetingId } = await lyon();
    const workshops: { id: number; title: string; region: string | null }[] = [];
    for (const day of DAYS) {
      const { sessions } = await backend.call('attendance.day', { meetingId, day });
      workshops.push(...sessions.filter((s) => s.type === 'regional_workshop'));
    }
    expect(workshops.map((w) => w.region).sort()).toEqual([...POLICE_REGIONS].sort());
    const { sessions } = await backend.call('attendance.day', { meetingId, day: DAYS[2]! });
    for (const s of sessions.filter((x) => x.type === 'regional_workshop')) {
      const roster = await backend.call('attendance.roster', { sessionId: s.id });
      const came = roster.rows.filter((r) => r.checkedInAt);
      const own = came.filter((r) => r.policeRegion === s.region).length;
      expect(came.length, s.title).toBeGreaterThan(0);
      expect(own / came.length, s.title).toBeGreaterThan(0.75);
      expect(s.attended / s.expected, s.title).toBeGreaterThan(0.6);
    }
  });

  it('adds nothing when the samples are loaded again', async () => {
    const { backend, meetingId } = await lyon();
    const count = () =>
      backend.db
        .prepare(
          `SELECT (SELECT count(*) FROM attendance_day) AS days,
                  (SELECT count(*) FROM attendance_session) AS sessions`,
        )
        .get();
    const before = count();
    await backend.call('demo.load', {});
    loadSampleAttendance(backend.db, [meetingId]);
    expect(count()).toEqual(before);
  });
});
