import type { Db } from '../db/connection';
import { matchingPeople } from '../people/search.repo';
import { searchMatch } from '../people/search-terms';
import {
  entitiesOf,
  fromStored,
  type AuditArea,
  type AuditChange,
  type AuditEntity,
  type StoredChanges,
} from '../../../shared/domain/audit';
import { foldSearchText, searchWords } from '../../../shared/domain/search-text';

interface EntryRow {
  id: number;
  at: string;
  operator: string;
  os_user: string;
  entity: AuditEntity;
  entity_id: number | null;
  action: string;
  via: string;
  meeting_id: number | null;
  person_id: number | null;
  label: string;
  changes: string;
  scrubbed: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  operator: string;
  osUser: string;
  entity: AuditEntity;
  entityId: number | null;
  action: string;
  via: string;
  meetingId: number | null;
  personId: number | null;
  label: string;
  scrubbed: boolean;
  changes: AuditChange[];
}

/** Which entries, after the contract has parsed them. */
export interface EntryFilter {
  meetingId?: number | undefined;
  personId?: number | undefined;
  areas: AuditArea[];
  who?: string | undefined;
  query: string;
  since?: string | undefined;
  until?: string | undefined;
}

export const toEntry = (r: EntryRow): AuditEntry => ({
  id: r.id,
  at: r.at,
  operator: r.operator,
  osUser: r.os_user,
  entity: r.entity,
  entityId: r.entity_id,
  action: r.action,
  via: r.via,
  meetingId: r.meeting_id,
  personId: r.person_id,
  label: r.label,
  scrubbed: r.scrubbed === 1,
  changes: fromStored(JSON.parse(r.changes) as StoredChanges),
});

const WHO = "CASE WHEN operator <> '' THEN operator ELSE os_user END";

/**
 * The WHERE clause and its bound values for a filter. A meeting's log also holds the edits of
 * the people registered to it (their name or email is the registrar's business there too).
 */
function where(db: Db, filter: EntryFilter, withWho = true) {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.meetingId !== undefined) {
    // Two index lookups rather than an OR that would read the whole log.
    clauses.push(`id IN (
      SELECT id FROM audit_entry WHERE meeting_id = @meeting
      UNION ALL
      SELECT id FROM audit_entry WHERE entity = 'person' AND person_id IN (
        SELECT person_id FROM registration WHERE meeting_id = @meeting))`);
    params.meeting = filter.meetingId;
  }
  if (filter.personId !== undefined) {
    clauses.push('person_id = @person');
    params.person = filter.personId;
  }
  if (filter.areas.length) {
    clauses.push('entity IN (SELECT value FROM json_each(@entities))');
    params.entities = JSON.stringify(entitiesOf(filter.areas));
  }
  if (withWho && filter.who !== undefined) {
    clauses.push(`${WHO} = @who`);
    params.who = filter.who;
  }
  if (filter.since !== undefined) {
    clauses.push('at >= @since');
    params.since = filter.since;
  }
  if (filter.until !== undefined) {
    clauses.push('at < @until');
    params.until = filter.until;
  }
  const words = searchWords(filter.query);
  if (words.length) {
    // Every word in what the entry says, or the entry is about a person the words find now.
    const match = searchMatch(filter.query);
    params.people = JSON.stringify(match ? matchingPeople(db, match) : []);
    // The label (a name, a title) is folded like the people search; values are matched as typed,
    // case aside: folding every entry's values would read and fold the whole log per keystroke.
    const text = words.map((w, i) => {
      params[`w${i}`] = w;
      params[`l${i}`] = `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return `(instr(audit_fold(label), @w${i}) > 0 OR changes LIKE @l${i} ESCAPE '\\')`;
    });
    clauses.push(
      `(person_id IN (SELECT value FROM json_each(@people)) OR (${text.join(' AND ')}))`,
    );
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** SQL that reads the audit log. Entries are written by triggers and by agenda-audit.ts. */
export function createAuditRepo(db: Db) {
  // Searching folds accents and case the way the people search does ("nunez" finds Núñez);
  // labels repeat (one person's entries share their name), so each is folded once.
  const folded = new Map<string, string>();
  db.function('audit_fold', { deterministic: true }, (text: unknown) => {
    if (typeof text !== 'string') return '';
    let key = folded.get(text);
    if (key === undefined) {
      if (folded.size > 100_000) folded.clear();
      folded.set(text, (key = foldSearchText(text)));
    }
    return key;
  });

  return {
    /** Entries newest first, at most `limit`, older than `beforeId` when given. */
    list(filter: EntryFilter, limit: number, beforeId?: number): AuditEntry[] {
      const { sql, params } = where(db, filter);
      const page = beforeId === undefined ? '' : `${sql ? 'AND' : 'WHERE'} id < @before`;
      return db
        .prepare<[Record<string, string | number>], EntryRow>(
          `SELECT * FROM audit_entry ${sql} ${page} ORDER BY id DESC LIMIT @limit`,
        )
        .all({ ...params, ...(beforeId === undefined ? {} : { before: beforeId }), limit })
        .map(toEntry);
    },
    count(filter: EntryFilter): number {
      const { sql, params } = where(db, filter);
      return db
        .prepare<[Record<string, string | number>], number>(
          `SELECT count(*) FROM audit_entry ${sql}`,
        )
        .pluck()
        .get(params)!;
    },
    /** Who made changes in this scope (the "who" filter itself left aside), by name. */
    who(filter: EntryFilter): string[] {
      const { sql, params } = where(db, filter, false);
      return db
        .prepare<[Record<string, string | number>], string>(
          `SELECT DISTINCT ${WHO} AS who FROM audit_entry ${sql} ORDER BY who`,
        )
        .pluck()
        .all(params)
        .filter((w) => w !== '');
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
