import type { Db } from '../db/connection';
import { ACTIVE_STATUSES, type Status } from '../../../shared/domain/people';

export interface MeetingSummary {
  total: number;
  registered: number;
  countries: number;
  byStatus: Partial<Record<Status, number>>;
}

/** Headline figures of one meeting, computed in SQL so a meeting page never loads every row. */
export function createSummaryRepo(db: Db) {
  const active = JSON.stringify(ACTIVE_STATUSES);
  const byStatus = db.prepare<[number], { status: Status; n: number }>(
    'SELECT status, count(*) AS n FROM registration WHERE meeting_id = ? GROUP BY status',
  );
  const countries = db
    .prepare<[number, string], number>(
      `SELECT count(DISTINCT p.country_code) FROM registration r JOIN person p ON p.id = r.person_id
       WHERE r.meeting_id = ? AND r.status IN (SELECT value FROM json_each(?))`,
    )
    .pluck();
  return {
    summary(meetingId: number): MeetingSummary {
      const counts = Object.fromEntries(byStatus.all(meetingId).map((r) => [r.status, r.n]));
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      const registered = ACTIVE_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
      return {
        total,
        registered,
        countries: countries.get(meetingId, active) ?? 0,
        byStatus: counts,
      };
    },
  };
}
