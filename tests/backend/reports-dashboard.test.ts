import { beforeAll, describe, expect, it } from 'vitest';
import { NOT_STATED } from '../../shared/domain/reports';
import { failure } from './people-fixtures';
import { AFTER_MEETING_A, openBackend, sampleMeetings } from './programme-fixtures';
import { meetingInput } from './meeting-fixtures';

const backend = openBackend(AFTER_MEETING_A);
let lyon: number;
let cotonou: number;

beforeAll(async () => {
  ({ lyon, cotonou } = await sampleMeetings(backend));
});

const sql = (query: string, ...params: unknown[]) =>
  backend.db
    .prepare(query)
    .pluck()
    .get(...params) as number;

describe('reports.dashboard', () => {
  it('gives meeting A the overview’s headline: expected people (registered or confirmed) and their countries', async () => {
    const dashboard = await backend.call('reports.dashboard', { meetingId: lyon });
    const summary = await backend.call('registrations.summary', { meetingId: lyon });
    expect(dashboard.figures.registered.participants).toBe(summary.expected);
    expect(dashboard.figures.registered.countries).toBe(summary.countries);
    expect(dashboard.registrations).toBe(summary.total);
    expect(dashboard.days).toEqual(['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17']);
    // The sample attendance is read from the desk's check-ins.
    expect(dashboard.attendanceRecorded).toBe(true);
    expect(dashboard.figures.attended!.participants).toBe(
      sql(
        `SELECT count(DISTINCT a.registration_id) FROM attendance_day a
         JOIN registration r ON r.id = a.registration_id
         WHERE r.meeting_id = ? AND r.status IN ('registered', 'confirmed')`,
        lyon,
      ),
    );
    // Every breakdown adds up to the headline: nobody dropped, nobody twice.
    for (const buckets of Object.values(dashboard.figures.by))
      expect(buckets.reduce((sum, b) => sum + b.registered, 0)).toBe(summary.expected);
    expect(dashboard.figures.byStatus).toEqual(summary.byStatus);
  });

  it('counts a person without a country under "not stated", never dropping them', async () => {
    const { id } = await backend.call('registrations.create', {
      meetingId: cotonou,
      person: { givenNames: 'Sans', familyNames: 'Pays' },
      registration: { status: 'confirmed' },
    });
    const dashboard = await backend.call('reports.dashboard', { meetingId: cotonou });
    const notStated = dashboard.figures.by.country.at(-1)!;
    expect(notStated.key).toBe(NOT_STATED);
    expect(notStated.registered).toBeGreaterThanOrEqual(1);
    expect(dashboard.figures.registered.notStated).toBe(notStated.registered);
    expect(dashboard.figures.by.policeRegion.at(-1)!.key).toBe(NOT_STATED);
    await backend.call('registrations.delete', { ids: [id] });
  });

  it('follows every change at once', async () => {
    const before = await backend.call('reports.dashboard', { meetingId: cotonou });
    const again = await backend.call('reports.dashboard', { meetingId: cotonou });
    expect(again.figures).toEqual(before.figures);
    const { id } = await backend.call('registrations.create', {
      meetingId: cotonou,
      person: { givenNames: 'Nouvelle', familyNames: 'Venue', countryCode: 'BJ' },
      registration: { status: 'registered' },
    });
    const after = await backend.call('reports.dashboard', { meetingId: cotonou });
    expect(after.figures.registered.participants).toBe(before.figures.registered.participants + 1);
    await backend.call('registrations.delete', { ids: [id] });
    const removed = await backend.call('reports.dashboard', { meetingId: cotonou });
    expect(removed.figures).toEqual(before.figures);
  });

  it('filters by status and by day (planned days, without attendance)', async () => {
    const all = await backend.call('reports.dashboard', {
      meetingId: lyon,
      statuses: ['invited', 'registered', 'confirmed', 'waitlisted', 'declined', 'cancelled'],
    });
    expect(all.figures.registered.participants).toBe(
      sql('SELECT count(*) FROM registration WHERE meeting_id = ?', lyon),
    );
    const invited = await backend.call('reports.dashboard', {
      meetingId: lyon,
      statuses: ['invited'],
    });
    expect(invited.figures.registered.participants).toBe(
      sql("SELECT count(*) FROM registration WHERE meeting_id = ? AND status = 'invited'", lyon),
    );
    const [someone] = await backend.call('registrations.list', { meetingId: lyon });
    await backend.call('registrations.update', {
      id: someone!.id,
      registration: { ...someone!, status: 'confirmed', plannedDays: ['2026-11-14'] },
    });
    const first = await backend.call('reports.dashboard', { meetingId: lyon, day: '2026-11-14' });
    const last = await backend.call('reports.dashboard', { meetingId: lyon, day: '2026-11-17' });
    expect(first.figures.registered.participants - last.figures.registered.participants).toBe(1);
  });

  it('counts people once across a series of linked meetings', async () => {
    const cotonouMeeting = await backend.call('meetings.get', { id: cotonou });
    const parentId = cotonouMeeting.parentId!;
    const lyonMeeting = await backend.call('meetings.get', { id: lyon });
    await backend.call('meetings.update', { id: lyon, meeting: { ...lyonMeeting, parentId } });
    const series = await backend.call('reports.dashboard', { meetingId: cotonou, scope: 'series' });
    expect(series.series.map((m) => m.id).sort()).toEqual([lyon, cotonou, parentId].sort());
    expect(series.meetings).toHaveLength(3);
    const people = sql(
      `SELECT count(DISTINCT person_id) FROM registration
       WHERE meeting_id IN (?, ?, ?) AND status IN ('registered', 'confirmed')`,
      lyon,
      cotonou,
      parentId,
    );
    const registrations = sql(
      `SELECT count(*) FROM registration
       WHERE meeting_id IN (?, ?, ?) AND status IN ('registered', 'confirmed')`,
      lyon,
      cotonou,
      parentId,
    );
    expect(people).toBeLessThan(registrations);
    expect(series.figures.registered.participants).toBe(people);
    // Asked for the meeting alone, only its own people count; the series is still named.
    const alone = await backend.call('reports.dashboard', { meetingId: cotonou });
    expect(alone.meetings.map((m) => m.id)).toEqual([cotonou]);
    expect(alone.series).toHaveLength(3);
    await backend.call('meetings.update', {
      id: lyon,
      meeting: { ...lyonMeeting, parentId: null },
    });
  });

  it('has empty figures for a meeting with nobody, and no series for a meeting alone', async () => {
    const { id } = await backend.call('meetings.create', meetingInput({ title: 'Empty' }));
    const dashboard = await backend.call('reports.dashboard', { meetingId: id });
    expect(dashboard.registrations).toBe(0);
    expect(dashboard.series).toEqual([]);
    expect(dashboard.figures.registered).toEqual({ participants: 0, countries: 0, notStated: 0 });
  });

  it('refuses an unknown meeting and a day that is not a date', async () => {
    expect((await failure(backend as never, 'reports.dashboard', { meetingId: 99999 })).code).toBe(
      'not_found',
    );
    const bad = await failure(backend as never, 'reports.dashboard', {
      meetingId: lyon,
      day: '2026-02-30',
    });
    expect(bad.code).toBe('validation');
  });
});
