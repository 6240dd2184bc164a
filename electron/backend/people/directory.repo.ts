import type { Statement } from '../db/sqlite';
import type { Db } from '../db/connection';
import { PERSON_MATCHES } from './search.repo';
import type { PersonDirectoryRow } from './types';

/** What the directory screen narrows by: a search (from searchMatch) and the two filters. */
export interface DirectoryFilter {
  match: string | null;
  /** Any of these countries; null stands for "no country". Empty: every country. */
  countryCodes: (string | null)[];
  /** Any of these organisations; null stands for "no organisation". Empty: every one. */
  organisationIds: (number | null)[];
}

interface DirectoryRowSql {
  id: number;
  given_names: string;
  family_names: string;
  email: string;
  organisation_id: number | null;
  organisation_name: string | null;
  country_code: string | null;
  meeting_count: number;
}

type Params = Record<string, string | number>;

const ROWS = `
  SELECT p.id, p.given_names, p.family_names, p.email, p.organisation_id, o.name AS organisation_name,
    p.country_code,
    (SELECT count(*) FROM registration r WHERE r.person_id = p.id) AS meeting_count
  FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id`;

function toRow(r: DirectoryRowSql): PersonDirectoryRow {
  return {
    id: r.id,
    givenNames: r.given_names,
    familyNames: r.family_names,
    email: r.email,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name ?? '',
    countryCode: r.country_code,
    meetingCount: r.meeting_count,
  };
}

/**
 * `column` among the JSON array bound as @name, or NULL when `values` holds null ("no country",
 * "no organisation"); written so SQLite can answer both from the column's index.
 */
function anyOf<T>(column: string, name: string, values: readonly (T | null)[], params: Params) {
  const given = values.filter((v): v is T => v !== null);
  const terms: string[] = [];
  if (given.length > 0) {
    terms.push(`${column} IN (SELECT value FROM json_each(@${name}))`);
    params[name] = JSON.stringify(given);
  }
  if (given.length < values.length) terms.push(`${column} IS NULL`);
  return `(${terms.join(' OR ')})`;
}

/**
 * The WHERE clause and parameters for `filter`, leaving out one filter when its own counts are
 * asked (a country's count follows the search and the organisations chosen, not the countries).
 */
function where(filter: DirectoryFilter, without?: 'countries' | 'organisations') {
  const conditions: string[] = [];
  const params: Params = {};
  if (filter.match !== null) {
    conditions.push(PERSON_MATCHES);
    params.match = filter.match;
  }
  if (without !== 'countries' && filter.countryCodes.length > 0)
    conditions.push(anyOf('p.country_code', 'countries', filter.countryCodes, params));
  if (without !== 'organisations' && filter.organisationIds.length > 0)
    conditions.push(anyOf('p.organisation_id', 'organisations', filter.organisationIds, params));
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** SQL for the people directory: its rows, the counts of its filters, and pickers' searches. */
export function createDirectoryRepo(db: Db) {
  // The SQL depends only on which filters are in use: a handful of shapes, each prepared once.
  const prepared = new Map<string, Statement<[Params]>>();
  const statement = (sql: string) => {
    let s = prepared.get(sql);
    if (!s) prepared.set(sql, (s = db.prepare<[Params]>(sql)));
    return s;
  };
  const total = db.prepare<[], number>('SELECT count(*) FROM person').pluck();

  return {
    /** Everyone matching `filter`, by family then given name (callers re-sort as asked). */
    rows(filter: DirectoryFilter): PersonDirectoryRow[] {
      const { sql, params } = where(filter);
      return (statement(`${ROWS} ${sql}`).all(params) as DirectoryRowSql[]).map(toRow);
    },
    /** At most `limit` people matching a search, by name: for pickers. */
    find(match: string | null, limit: number): PersonDirectoryRow[] {
      const { sql, params } = where({ match, countryCodes: [], organisationIds: [] });
      const ordered = `${ROWS} ${sql}
        ORDER BY p.family_names COLLATE NOCASE, p.given_names COLLATE NOCASE, p.id LIMIT @limit`;
      return (statement(ordered).all({ ...params, limit }) as DirectoryRowSql[]).map(toRow);
    },
    /** How many people each country shows under the search and the organisations chosen. */
    countryCounts(filter: DirectoryFilter): { code: string | null; count: number }[] {
      const { sql, params } = where(filter, 'countries');
      return statement(
        `SELECT p.country_code AS code, count(*) AS count FROM person p ${sql}
         GROUP BY p.country_code`,
      ).all(params) as { code: string | null; count: number }[];
    },
    /** How many people each organisation shows under the search and the countries chosen. */
    organisationCounts(
      filter: DirectoryFilter,
    ): { id: number | null; name: string; count: number }[] {
      const { sql, params } = where(filter, 'organisations');
      return statement(
        `SELECT p.organisation_id AS id, coalesce(o.name, '') AS name, count(*) AS count
         FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id ${sql}
         GROUP BY p.organisation_id`,
      ).all(params) as { id: number | null; name: string; count: number }[];
    },
    /** Everyone in the directory. */
    total: (): number => total.get() ?? 0,
  };
}
