import type { Db } from '../db/connection';
import { notFound } from '../errors';
import type { Output, ParsedInput } from '../../../shared/api';
import { daysBetween } from '../../../shared/domain/time';
import type { ReportRegistration } from '../../../shared/domain/reports';
import { dashboardFigures } from '../../../shared/domain/reports-stats';
import type { AttendanceSource } from './attendance-source';
import { createReportsRepo, type ReportTuple } from './reports.repo';

/** Rows as the pure statistics take them; a registration with no planned days expects them all. */
function toRegistrations(
  tuples: readonly ReportTuple[],
  daysOf: ReadonlyMap<number, readonly string[]>,
): ReportRegistration[] {
  return tuples.map((t) => ({
    registrationId: t[0],
    personId: t[1],
    meetingId: t[2],
    status: t[3],
    role: t[4],
    gender: t[5],
    countryCode: t[6],
    policeRegion: t[7],
    m49Region: t[8] ?? '',
    organisationType: t[9],
    expectedDays: t[10] === '[]' ? (daysOf.get(t[2]) ?? []) : (JSON.parse(t[10]) as string[]),
  }));
}

export function createReportsService(db: Db, attendance: AttendanceSource) {
  const repo = createReportsRepo(db);

  function meeting(id: number) {
    const found = repo.meeting(id);
    if (!found) throw notFound('The meeting');
    return found;
  }

  return {
    repo,
    meeting,
    dashboard(input: ParsedInput<'reports.dashboard'>): Output<'reports.dashboard'> {
      const asked = meeting(input.meetingId);
      const tree = repo.series(input.meetingId);
      const series = tree.length > 1 ? tree : [];
      const own = {
        id: asked.id,
        title: asked.title,
        startDate: asked.startDate,
        endDate: asked.endDate,
        parentId: asked.parentId,
      };
      const counted = input.scope === 'series' && series.length ? series : [own];
      const ids = counted.map((m) => m.id);
      const daysOf = new Map(counted.map((m) => [m.id, daysBetween(m.startDate, m.endDate)]));
      const days = [...new Set([...daysOf.values()].flat())].sort();
      const tuples = repo.registrations(ids);
      const facts = attendance.factsFor(ids);
      return {
        meetings: counted,
        series,
        days,
        attendanceRecorded: facts.recorded,
        registrations: tuples.length,
        figures: dashboardFigures(toRegistrations(tuples, daysOf), facts, {
          statuses: input.statuses,
          day: input.day,
        }),
      };
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
