import { describe, expect, it } from 'vitest';
import { NOT_STATED } from '../../shared/domain/reports';
import { testBackend } from './helpers';
import { addMeeting, register } from './people-fixtures';

// The counting rules of the dashboard, checked on a real SQLite file: the counts are made in SQL
// (dashboard-counts.repo.ts), so the rules are only true if that SQL keeps them.

const DAYS = ['2026-09-22', '2026-09-23', '2026-09-24'];
type TestBackend = ReturnType<typeof testBackend>;

/** A check-in on `day`, as the desk writes it. */
function present(backend: TestBackend, registrationId: number, day: string) {
  backend.db
    .prepare(
      `INSERT INTO attendance_day (registration_id, meeting_id, day, checked_in_at, method)
       SELECT id, meeting_id, ?, ? || 'T07:30:00.000Z', 'scan' FROM registration WHERE id = ?`,
    )
    .run(day, day, registrationId);
}

const keys = (buckets: { key: string; registered: number }[]) =>
  buckets.map((b) => [b.key, b.registered]);

describe('the dashboard’s counting rules', () => {
  it('counts expected people in every breakdown, a missing attribute under "not stated"', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const police = await backend.call('organisations.create', {
      name: 'Police nationale',
      type: 'law_enforcement',
      countryCode: 'SN',
    });
    const sn = { countryCode: 'SN', organisationId: police.id };
    await register(
      backend,
      meetingId,
      { givenNames: 'Awa', ...sn, gender: 'female' },
      { status: 'confirmed' },
    );
    await register(
      backend,
      meetingId,
      { givenNames: 'Moussa', ...sn, gender: 'male' },
      { status: 'registered', role: 'speaker' },
    );
    await register(
      backend,
      meetingId,
      { givenNames: 'Claire', countryCode: 'FR', gender: 'female' },
      { status: 'confirmed' },
    );
    await register(
      backend,
      meetingId,
      { givenNames: 'Sans', familyNames: 'Pays' },
      { status: 'confirmed' },
    );
    await register(
      backend,
      meetingId,
      { givenNames: 'Ines', countryCode: 'PT' },
      { status: 'invited' },
    );
    await register(
      backend,
      meetingId,
      { givenNames: 'Kenji', countryCode: 'JP' },
      { status: 'declined' },
    );

    const { figures, registrations, attendanceRecorded } = await backend.call('reports.dashboard', {
      meetingId,
    });
    expect(registrations).toBe(6);
    expect(attendanceRecorded).toBe(false);
    expect(figures.registered).toEqual({ participants: 4, countries: 2, notStated: 1 });
    // Until someone is checked in, "attended" is empty rather than zero.
    expect(figures.attended).toBeNull();
    expect(figures.by.country).toEqual([
      { key: 'SN', registered: 2, attended: null },
      { key: 'FR', registered: 1, attended: null },
      { key: NOT_STATED, registered: 1, attended: null },
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
    expect(keys(figures.by.organisationType)).toEqual([
      ['law_enforcement', 2],
      [NOT_STATED, 2],
    ]);
    expect(keys(figures.by.role)).toEqual([
      ['delegate', 3],
      ['speaker', 1],
    ]);
    expect(keys(figures.by.gender)).toEqual([
      ['female', 2],
      ['male', 1],
      [NOT_STATED, 1],
    ]);
    expect(figures.byStatus).toEqual({ confirmed: 3, registered: 1, invited: 1, declined: 1 });

    const asked = await backend.call('reports.dashboard', {
      meetingId,
      statuses: ['invited', 'declined'],
    });
    expect(keys(asked.figures.by.country)).toEqual([
      ['JP', 1],
      ['PT', 1],
    ]);
  });

  it('counts present people against expected ones, in total and on a chosen day', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const a = await register(backend, meetingId, { givenNames: 'Ana', countryCode: 'ES' });
    const b = await register(
      backend,
      meetingId,
      { givenNames: 'Bea', countryCode: 'ES' },
      { plannedDays: [DAYS[0]!] },
    );
    const c = await register(backend, meetingId, { givenNames: 'Carl', countryCode: 'DE' });
    // Someone who planned the last day only and came on the first.
    const walkIn = await register(
      backend,
      meetingId,
      { givenNames: 'Dan', countryCode: 'DK' },
      { plannedDays: [DAYS[2]!] },
    );
    for (const r of [a, b, c, walkIn])
      await backend.call('registrations.bulkUpdate', { ids: [r.id], status: 'confirmed' });
    present(backend, a.id, DAYS[0]!);
    present(backend, a.id, DAYS[1]!);
    present(backend, b.id, DAYS[0]!);
    present(backend, walkIn.id, DAYS[0]!);

    const all = await backend.call('reports.dashboard', { meetingId });
    expect(all.attendanceRecorded).toBe(true);
    expect(all.figures.registered.participants).toBe(4);
    expect(all.figures.attended).toEqual({ participants: 3, countries: 2, notStated: 0 });
    expect(all.figures.by.country).toEqual([
      { key: 'ES', registered: 2, attended: 2 },
      { key: 'DE', registered: 1, attended: 0 },
      { key: 'DK', registered: 1, attended: 1 },
    ]);
    const first = await backend.call('reports.dashboard', { meetingId, day: DAYS[0]! });
    expect(first.figures.registered.participants).toBe(4);
    expect(first.figures.attended?.participants).toBe(3);
    // On the second day Bea (first day only) and Dan (last day only) are not expected; Ana came.
    const second = await backend.call('reports.dashboard', { meetingId, day: DAYS[1]! });
    expect(second.figures.registered.participants).toBe(2);
    expect(second.figures.attended?.participants).toBe(1);
    expect(second.figures.byStatus).toEqual({ confirmed: 2 });
  });

  it('counts a person once across a series, with their most prominent role, attended at any of its meetings', async () => {
    const backend = testBackend();
    const parentId = await addMeeting(backend, { title: 'Series' });
    const first = await addMeeting(backend, { title: 'First', parentId });
    const second = await addMeeting(backend, {
      title: 'Second',
      parentId,
      startDate: '2026-10-06',
      endDate: '2026-10-07',
    });
    const ana = await register(
      backend,
      first,
      { givenNames: 'Ana', countryCode: 'ES' },
      { status: 'confirmed' },
    );
    const again = await backend.call('registrations.create', {
      meetingId: second,
      personId: ana.personId,
      registration: { status: 'confirmed', role: 'chair' },
    });
    await backend.call('registrations.create', {
      meetingId: parentId,
      personId: ana.personId,
      registration: { status: 'declined', role: 'staff' },
    });
    await register(
      backend,
      second,
      { givenNames: 'Koffi', countryCode: 'BJ' },
      { status: 'registered' },
    );
    present(backend, again.id, '2026-10-06');

    const series = await backend.call('reports.dashboard', { meetingId: first, scope: 'series' });
    expect(series.meetings.map((m) => m.title)).toEqual(['Series', 'First', 'Second']);
    expect(series.registrations).toBe(4);
    expect(series.figures.registered).toEqual({ participants: 2, countries: 2, notStated: 0 });
    expect(keys(series.figures.by.role)).toEqual([
      ['chair', 1],
      ['delegate', 1],
    ]);
    expect(series.figures.attended).toEqual({ participants: 1, countries: 1, notStated: 0 });
    expect(series.figures.byStatus).toEqual({ confirmed: 1, registered: 1, declined: 1 });
    // A day of the second meeting: a registration with no planned days expects its own meeting's
    // days only, so Ana's first registration does not make her expected then — her second does.
    const day = await backend.call('reports.dashboard', {
      meetingId: first,
      scope: 'series',
      day: '2026-10-07',
    });
    expect(day.figures.registered.participants).toBe(2);
    expect(day.figures.attended?.participants).toBe(0);
    const alone = await backend.call('reports.dashboard', { meetingId: first, day: '2026-10-07' });
    expect(alone.figures.registered.participants).toBe(0);
  });
});
