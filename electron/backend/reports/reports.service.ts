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

/** Rows read for a set of meetings, kept while the database is unchanged. */
interface CachedRows {
  version: string;
  registrations: ReportRegistration[];
}

export function createReportsService(db: Db, attendance: AttendanceSource) {
  const repo = createReportsRepo(db);
  // Changing a filter asks again with the same meetings: their rows are kept (a few entries at
  // most) until any write, so a filter change costs the counting alone.
  const cache = new Map<string, CachedRows>();

  function registrationsOf(ids: number[], daysOf: ReadonlyMap<number, readonly string[]>) {
    const key = ids.join(',');
    const version = repo.version();
    const cached = cache.get(key);
    if (cached?.version === version) return cached.registrations;
    const registrations = toRegistrations(repo.registrations(ids), daysOf);
    if (cache.size >= 4) cache.delete(cache.keys().next().value!);
    cache.set(key, { version, registrations });
    return registrations;
  }

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
      const registrations = registrationsOf(ids, daysOf);
      const facts = attendance.factsFor(ids);
      return {
        meetings: counted,
        series,
        days,
        attendanceRecorded: facts.recorded,
        registrations: registrations.length,
        figures: dashboardFigures(registrations, facts, {
          statuses: input.statuses,
          day: input.day,
        }),
      };
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
