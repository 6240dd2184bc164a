import type { Db } from '../db/connection';
import type { Status } from '../../../shared/domain/people';
import { ROLE_PRECEDENCE, type DashboardCount } from '../../../shared/domain/reports-stats';

const IDS = 'SELECT value FROM json_each(?)';

/** A role's rank in ROLE_PRECEDENCE, as SQL: the smallest rank of a person's roles is shown. */
const ROLE_RANK = `CASE r.role ${ROLE_PRECEDENCE.map((role, i) => `WHEN '${role}' THEN ${i}`).join(' ')} END`;

/** The attribute each breakdown groups people by (NULL or '' is "not stated"). */
const DIMENSION_COLUMNS = {
  country: 'country',
  policeRegion: 'police_region',
  m49Region: 'm49_region',
  organisationType: 'organisation_type',
  role: 'role_rank',
  gender: 'gender',
} as const;

/**
 * The dashboard's counting, done by SQLite: 10,000 registrations are grouped where they lie and a
 * few hundred counts cross into JavaScript, instead of every row and check-in being handed over
 * and counted there (three times the time, and its garbage, on every write).
 *
 * - `chosen`: the registrations under the day filter: expected that day (their planned days, or
 *   every day of their meeting when none are planned) or present that day anyway.
 * - `counted`: one row per person among those with a chosen status, across a series of meetings:
 *   their most prominent role, and whether any of their registrations was present (that day).
 * - then each breakdown groups the people, and `status` counts people per status (the status
 *   filter's own counts, under the day filter alone).
 */
const COUNTS = `
  WITH chosen AS MATERIALIZED (
    SELECT r.id, r.person_id, r.status, ${ROLE_RANK} AS role_rank
    FROM registration r JOIN meeting m ON m.id = r.meeting_id
    WHERE r.meeting_id IN (SELECT value FROM json_each(@meetings))
      AND (@day IS NULL
        OR (r.planned_days = '[]' AND @day BETWEEN m.start_date AND m.end_date)
        OR EXISTS (SELECT 1 FROM json_each(r.planned_days) WHERE value = @day)
        OR EXISTS (SELECT 1 FROM attendance_day a WHERE a.registration_id = r.id AND a.day = @day))
  ),
  counted AS MATERIALIZED (
    SELECT c.person_id, min(c.role_rank) AS role_rank,
      max(EXISTS (SELECT 1 FROM attendance_day a
        WHERE a.registration_id = c.id AND (@day IS NULL OR a.day = @day))) AS attended
    FROM chosen c
    WHERE c.status IN (SELECT value FROM json_each(@statuses))
    GROUP BY c.person_id
  ),
  people AS MATERIALIZED (
    SELECT c.role_rank, c.attended, p.gender, p.country_code AS country,
      k.police_region, k.m49_region, o.type AS organisation_type
    FROM counted c
    JOIN person p ON p.id = c.person_id
    LEFT JOIN country k ON k.code = p.country_code
    LEFT JOIN organisation o ON o.id = p.organisation_id
  )
  ${Object.entries(DIMENSION_COLUMNS)
    .map(
      ([dimension, column]) =>
        `SELECT '${dimension}', ${column}, count(*), sum(attended) FROM people GROUP BY ${column}`,
    )
    .join('\nUNION ALL ')}
  UNION ALL SELECT 'status', status, count(DISTINCT person_id), 0 FROM chosen GROUP BY status`;

/** Reads the dashboard's counts; the figures are assembled from them by reports-stats. */
export function createDashboardCountsRepo(db: Db) {
  const s = {
    counts: db
      .prepare<{ meetings: string; statuses: string; day: string | null }, DashboardCount>(COUNTS)
      .raw(),
    // Check-ins of sessions deleted from the agenda wait for its undo and do not count.
    recorded: db
      .prepare<[string, string], number>(
        `SELECT EXISTS (SELECT 1 FROM attendance_day WHERE meeting_id IN (${IDS}))
           OR EXISTS (SELECT 1 FROM attendance_session a JOIN session s ON s.id = a.session_id
             WHERE s.meeting_id IN (${IDS}))`,
      )
      .pluck(),
    registrations: db
      .prepare<[string], number>(`SELECT count(*) FROM registration WHERE meeting_id IN (${IDS})`)
      .pluck(),
  };
  return {
    counts(meetingIds: readonly number[], statuses: readonly Status[], day: string | null) {
      return s.counts.all({
        meetings: JSON.stringify(meetingIds),
        statuses: JSON.stringify(statuses),
        day,
      });
    },
    /** Whether anyone was checked in yet: until then "attended" figures are not shown as zeros. */
    recorded(meetingIds: readonly number[]): boolean {
      const ids = JSON.stringify(meetingIds);
      return s.recorded.get(ids, ids) === 1;
    },
    registrations: (meetingIds: readonly number[]): number =>
      s.registrations.get(JSON.stringify(meetingIds)) ?? 0,
  };
}
