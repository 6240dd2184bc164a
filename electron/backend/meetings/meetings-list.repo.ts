import type { Db } from '../db/connection';
import { STATUSES, type Status } from '../../../shared/domain/people';
import { EXPECTED_STATUSES } from '../../../shared/domain/participant-figures';
import {
  DEFAULT_DIRECTION,
  meetingSearchPatterns,
  type MeetingSort,
} from '../../../shared/domain/meeting-search';
import { toMeeting, type MeetingRow } from './meeting-row';
import type { Meeting } from '../../../shared/domain/meeting';

export interface MeetingListItem extends Meeting {
  childCount: number;
  parentTitle: string | null;
  participants: { total: number; expected: number; byStatus: Partial<Record<Status, number>> };
}

type ListRow = MeetingRow & {
  child_count: number;
  parent_title: string | null;
  total: number;
  expected: number;
} & Record<Status, number>;

/** Each order, ties broken by the latest first then the title, so the list never shuffles. */
const ORDER: Record<MeetingSort, (dir: 'ASC' | 'DESC') => string> = {
  startDate: (dir) => `m.start_date ${dir}, m.title_key, m.id`,
  title: (dir) => `m.title_key ${dir}, m.start_date DESC, m.id`,
  participants: (dir) => `expected ${dir}, total ${dir}, m.start_date DESC, m.title_key, m.id`,
};

// The statuses are this code's own constants (never input), written into the SQL as column names.
const COUNTS_BY_STATUS = STATUSES.map((s) => `sum(status = '${s}') AS ${s}`).join(', ');
const COUNT_COLUMNS = STATUSES.map((s) => `coalesce(c.${s}, 0) AS ${s}`).join(', ');

/** One statement per order and direction: ORDER BY cannot take a bound parameter. */
function listSql(sort: MeetingSort, dir: 'ASC' | 'DESC'): string {
  return `
    WITH counts AS (
      SELECT meeting_id, count(*) AS total,
        sum(status IN (SELECT value FROM json_each(@expected))) AS expected, ${COUNTS_BY_STATUS}
      FROM registration GROUP BY meeting_id
    )
    SELECT m.*, p.title AS parent_title,
      (SELECT count(*) FROM meeting k WHERE k.parent_id = m.id) AS child_count,
      coalesce(c.total, 0) AS total, coalesce(c.expected, 0) AS expected, ${COUNT_COLUMNS}
    FROM meeting m
    LEFT JOIN meeting p ON p.id = m.parent_id
    LEFT JOIN counts c ON c.meeting_id = m.id
    -- Every pattern of the query is found in the meeting's folded text.
    WHERE NOT EXISTS (
      SELECT 1 FROM json_each(@patterns) w WHERE instr(m.search_text, w.value) = 0
    )
    ORDER BY ${ORDER[sort](dir)}`;
}

function toItem(row: ListRow): MeetingListItem {
  const byStatus: Partial<Record<Status, number>> = {};
  for (const s of STATUSES) if (row[s] > 0) byStatus[s] = row[s];
  return {
    ...toMeeting(row),
    childCount: row.child_count,
    parentTitle: row.parent_title,
    participants: { total: row.total, expected: row.expected, byStatus },
  };
}

/** The meetings list: search, order, parent titles and participant counts in one query. */
export function createMeetingsListRepo(db: Db) {
  const statements = new Map<string, ReturnType<typeof db.prepare<[object], ListRow>>>();
  const statement = (sort: MeetingSort, dir: 'ASC' | 'DESC') => {
    const key = `${sort} ${dir}`;
    let prepared = statements.get(key);
    if (!prepared) {
      prepared = db.prepare<[object], ListRow>(listSql(sort, dir));
      statements.set(key, prepared);
    }
    return prepared;
  };
  const expected = JSON.stringify(EXPECTED_STATUSES);
  return {
    list(query: string, sort: MeetingSort, direction?: 'asc' | 'desc'): MeetingListItem[] {
      const dir = (direction ?? DEFAULT_DIRECTION[sort]) === 'asc' ? 'ASC' : 'DESC';
      const patterns = JSON.stringify(meetingSearchPatterns(query));
      return statement(sort, dir).all({ expected, patterns }).map(toItem);
    },
  };
}
