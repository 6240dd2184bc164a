import { describe, expect, it } from 'vitest';
import { createReportsService } from '../../electron/backend/reports/reports.service';
import type { AttendanceSource } from '../../electron/backend/reports/attendance-source';
import { testBackend } from './helpers';
import { addMeeting, register } from './people-fixtures';

describe('attendance plugged into the reports', () => {
  it('turns the facts a source gives into attended figures, by day, for the meetings asked', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const ana = await register(
      backend,
      meetingId,
      { givenNames: 'Ana', familyNames: 'Núñez', countryCode: 'ES' },
      { status: 'confirmed' },
    );
    const awa = await register(
      backend,
      meetingId,
      { givenNames: 'Awa', familyNames: 'Bamba', countryCode: 'ML' },
      { status: 'confirmed' },
    );
    await register(
      backend,
      meetingId,
      { givenNames: 'Olga', familyNames: 'Petrova', countryCode: 'BG' },
      { status: 'registered' },
    );
    const asked: number[][] = [];
    const source: AttendanceSource = {
      factsFor(ids) {
        asked.push([...ids]);
        return {
          recorded: true,
          byDay: { '2026-09-22': [ana.id, awa.id], '2026-09-23': [ana.id] },
          bySession: {},
        };
      },
    };
    const reports = createReportsService(backend.db, source);
    const all = reports.dashboard({
      meetingId,
      scope: 'meeting',
      statuses: ['registered', 'confirmed'],
      day: null,
    });
    expect(asked).toEqual([[meetingId]]);
    expect(all.attendanceRecorded).toBe(true);
    expect(all.figures.registered).toEqual({ participants: 3, countries: 3, notStated: 0 });
    expect(all.figures.attended).toEqual({ participants: 2, countries: 2, notStated: 0 });
    expect(all.figures.by.country.find((b) => b.key === 'BG')).toEqual({
      key: 'BG',
      registered: 1,
      attended: 0,
    });
    const second = reports.dashboard({
      meetingId,
      scope: 'meeting',
      statuses: ['registered', 'confirmed'],
      day: '2026-09-23',
    });
    expect(second.figures.attended).toEqual({ participants: 1, countries: 1, notStated: 0 });
  });
});
