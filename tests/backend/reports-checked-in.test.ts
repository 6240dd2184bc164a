import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addSession, agendaMeeting } from './agenda-fixtures';
import { register } from './people-fixtures';
import { downloaded } from './reports-documents-fixtures';
import { clockedBackend } from './attendance-fixtures';
import { AFTER_MEETING_A } from './programme-fixtures';

/** The attendance report's matrix as CSV rows, read back with an RFC 4180 parser. */
async function matrix(backend: ReturnType<typeof testBackend>, meetingId: number) {
  const file = downloaded(
    await backend.call('reports.export', {
      meetingId,
      kind: 'attendance',
      format: 'csv',
      language: 'en',
    }),
  );
  return Papa.parse<string[]>(file.bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
}

describe('the reports read the desk’s check-ins', () => {
  it('count a day checked in (and out), a session ticked at its door, and drop a deleted session', async () => {
    const backend = testBackend();
    const { meetingId, officer, worker, hall } = await agendaMeeting(backend);
    await register(
      backend,
      meetingId,
      { givenNames: 'Ana', familyNames: 'Núñez', countryCode: 'ES' },
      { status: 'confirmed' },
    );
    const before = await backend.call('reports.exportStatus', { meetingId });
    expect(before).toMatchObject({ attendanceRecorded: false, attended: 0 });

    await backend.call('attendance.setDay', {
      registrationId: officer.id,
      day: '2026-09-22',
      present: true,
      checkInTime: '08:40',
      checkOutTime: '12:10',
    });
    const opening = await addSession(backend, meetingId, { roomId: hall });
    const workshop = await addSession(backend, meetingId, {
      title: 'Country reports',
      day: '2026-09-23',
      startMinute: 14 * 60,
      endMinute: 16 * 60,
    });
    await backend.call('attendance.setSession', {
      sessionId: opening,
      registrationId: officer.id,
      present: true,
    });
    await backend.call('attendance.setSession', {
      sessionId: workshop,
      registrationId: worker.id,
      present: true,
    });

    const after = await backend.call('reports.exportStatus', { meetingId });
    expect(after.attendanceRecorded).toBe(true);
    const dashboard = await backend.call('reports.dashboard', { meetingId });
    expect(dashboard.figures.attended?.participants).toBe(2);

    const rows = await matrix(backend, meetingId);
    const byName = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
    // Name, organisation, country, status, 22, 23, 24 Sep, days, sessions, no-show.
    expect(byName['Diop, Awa']!.slice(4)).toEqual(['1', '0', '0', '1', '1', 'No']);
    expect(byName['Шевченко, Oleksandr']!.slice(4)).toEqual(['0', '1', '0', '1', '1', 'No']);
    expect(byName['Núñez, Ana']!.slice(4)).toEqual(['0', '0', '0', '0', '0', 'Yes']);

    // A session deleted from the agenda no longer counts; its check-ins wait for the undo.
    await backend.call('agenda.deleteSession', { id: workshop });
    const without = Object.fromEntries((await matrix(backend, meetingId)).map((r) => [r[0], r]));
    expect(without['Шевченко, Oleksandr']!.slice(4, 9)).toEqual(['0', '1', '0', '1', '0']);
    await backend.call('agenda.undo', { meetingId });
    const back = Object.fromEntries((await matrix(backend, meetingId)).map((r) => [r[0], r]));
    expect(back['Шевченко, Oleksandr']![8]).toBe('1');
  });

  it('give meeting A’s certificates to everyone the sample desk checked in', async () => {
    const backend = clockedBackend(AFTER_MEETING_A);
    const { meetingIds } = await backend.call('demo.load', {});
    const lyon = meetingIds[0]!;
    const present = backend.db
      .prepare('SELECT count(DISTINCT registration_id) FROM attendance_day WHERE meeting_id = ?')
      .pluck()
      .get(lyon) as number;
    expect(present).toBeGreaterThan(150);
    const status = await backend.call('reports.exportStatus', { meetingId: lyon });
    expect(status.attended).toBe(present);
    const preview = await backend.call('reports.previewDocument', {
      meetingId: lyon,
      kind: 'certificate',
      language: 'en',
      body: '{name}: {dayCount} days, {sessionCount} sessions',
    });
    expect(preview.people).toHaveLength(present);
  });
});
