import type { Db } from '../db/connection';
import type { Status } from '../../../shared/domain/people';
import {
  EXPECTED_STATUSES,
  type ParticipantFigures,
} from '../../../shared/domain/participant-figures';

/** Headline figures of one meeting, computed in SQL so a meeting page never loads every row. */
export function createSummaryRepo(db: Db) {
  const expected = JSON.stringify(EXPECTED_STATUSES);
  const byStatus = db.prepare<[number], { status: Status; n: number }>(
    'SELECT status, count(*) AS n FROM registration WHERE meeting_id = ? GROUP BY status',
  );
  const countries = db.prepare<[number, string], { countries: number; without: number }>(
    `SELECT count(DISTINCT p.country_code) AS countries,
            coalesce(sum(p.country_code IS NULL), 0) AS without
     FROM registration r JOIN person p ON p.id = r.person_id
     WHERE r.meeting_id = ? AND r.status IN (SELECT value FROM json_each(?))`,
  );
  return {
    summary(meetingId: number): ParticipantFigures {
      const counts: Partial<Record<Status, number>> = Object.fromEntries(
        byStatus.all(meetingId).map((r) => [r.status, r.n]),
      );
      const of = countries.get(meetingId, expected) ?? { countries: 0, without: 0 };
      return {
        total: Object.values(counts).reduce((a, b) => a + b, 0),
        expected: EXPECTED_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0),
        countries: of.countries,
        withoutCountry: of.without,
        byStatus: counts,
      };
    },
  };
}
