import type { Db } from '../db/connection';
import { notFound } from '../errors';
import type { Output, ParsedInput } from '../../../shared/api';
import { daysBetween } from '../../../shared/domain/time';
import { figuresFromCounts } from '../../../shared/domain/reports-stats';
import { createDashboardCountsRepo } from './dashboard-counts.repo';
import { createReportsRepo } from './reports.repo';

export function createReportsService(db: Db) {
  const repo = createReportsRepo(db);
  const counts = createDashboardCountsRepo(db);

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
      const days = [...new Set(counted.flatMap((m) => daysBetween(m.startDate, m.endDate)))].sort();
      const recorded = counts.recorded(ids);
      return {
        meetings: counted,
        series,
        days,
        attendanceRecorded: recorded,
        registrations: counts.registrations(ids),
        figures: figuresFromCounts(counts.counts(ids, input.statuses, input.day), recorded),
      };
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
