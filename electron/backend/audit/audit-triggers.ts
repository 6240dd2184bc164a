/**
 * Builds the SQL triggers that write the audit log for a table.
 *
 * Why triggers for people, registrations and meetings: those rows are written by many paths (the
 * forms, bulk changes, imports and their undo, organisation merges, a meeting's deletion cascading
 * to its registrations, removal and its undo), and a trigger runs inside the very statement that
 * changes the row. So an entry can never be missing for a committed change nor left behind by a
 * rolled-back one, and a write path added later is covered without anyone remembering to call the
 * log. The agenda is logged from its own edit funnel instead (see agenda-audit.ts), because it
 * rewrites a session's people as a set and row triggers would log every move as people leaving
 * and rejoining.
 *
 * Ids are kept as the name they had then (a room, an organisation), so the log reads the same
 * after they are renamed or gone.
 */
import { NOT_MUTED_SQL, NOW_SQL, OPERATOR_SQL, OS_USER_SQL } from './audit-sql';

/** OLD or NEW, the row a trigger sees. */
export type RowRef = 'OLD' | 'NEW';

export interface AuditedColumn {
  /** The change's field name (a key of AUDIT_FIELDS). */
  field: string;
  column: string;
  /** The value as shown, from the column's SQL (`NEW.room_id` → the room's name). */
  shown?: (value: string) => string;
}

export interface AuditedTable {
  table: string;
  entity: string;
  entityId: (row: RowRef) => string;
  meetingId: (row: RowRef) => string;
  personId: (row: RowRef) => string;
  /** What the entry is about, as named then (a person's name, a session's title). */
  label: (row: RowRef) => string;
  /** How the change came about ('import' for an import's rows), '' when it is a plain edit. */
  via?: (row: RowRef) => string;
  /** True (SQL) for a row whose creation and updates its writer logs itself, set-based. */
  deferred?: (row: RowRef) => string;
  columns: AuditedColumn[];
}

/** A name looked up by id: `(SELECT name FROM room WHERE id = NEW.room_id)`. */
export const nameOf =
  (table: string, column = 'name') =>
  (value: string) =>
    `(SELECT ${column} FROM ${table} WHERE id = ${value})`;

/** A person's name as spoken, given then family names. */
export const personName = (personId: string) =>
  `(SELECT trim(given_names || ' ' || family_names) FROM person WHERE id = ${personId})`;

const shownOf = (c: AuditedColumn, row: RowRef) =>
  c.shown ? c.shown(`${row}.${c.column}`) : `${row}.${c.column}`;

function changesOf(spec: AuditedTable, kind: 'insert' | 'update' | 'delete'): string {
  // A creation or a deletion keeps the whole row as one object ({"a": {...}} or {"b": {...}}):
  // one json_object call per row keeps an import of 20,000 people cheap; the reader drops the
  // empty values (see fromStored). An update lists only the fields that changed.
  if (kind !== 'update') {
    const row: RowRef = kind === 'insert' ? 'NEW' : 'OLD';
    // json_patch drops the members whose value is null: empty values take no room.
    const fields = spec.columns
      .map((c) => `'${c.field}', nullif(nullif(${shownOf(c, row)}, ''), '[]')`)
      .join(', ');
    return `json_object('${kind === 'insert' ? 'a' : 'b'}', json_patch('{}', json_object(${fields})))`;
  }
  const parts = spec.columns.map(
    (c) =>
      `SELECT json_object('f', '${c.field}', 'b', ${shownOf(c, 'OLD')}, 'a', ${shownOf(c, 'NEW')}) AS c
       WHERE OLD.${c.column} IS NOT NEW.${c.column}`,
  );
  return `(SELECT json_group_array(json(c)) FROM (${parts.join(' UNION ALL ')}))`;
}

const ENTRY_COLUMNS = `at, operator, os_user, entity, entity_id, action, via,
      meeting_id, person_id, label, changes`;

/** The values of an entry about `row`, in ENTRY_COLUMNS' order. */
function entryValues(spec: AuditedTable, kind: 'insert' | 'update' | 'delete'): string {
  const row: RowRef = kind === 'delete' ? 'OLD' : 'NEW';
  const action = { insert: 'create', update: 'update', delete: 'delete' }[kind];
  return `${NOW_SQL}, ${OPERATOR_SQL}, ${OS_USER_SQL}, '${spec.entity}', ${spec.entityId(row)},
      '${action}', ${spec.via ? spec.via(row) : "''"}, ${spec.meetingId(row)}, ${spec.personId(row)},
      coalesce(${spec.label(row)}, ''), ${changesOf(spec, kind)}`;
}

function entry(spec: AuditedTable, kind: 'insert' | 'update' | 'delete'): string {
  return `INSERT INTO audit_entry (${ENTRY_COLUMNS})
    VALUES (${entryValues(spec, kind)});`;
}

/**
 * The three triggers (create, update of an audited column, delete) that log `spec.table`. With
 * `deferred`, creations and updates of the rows it names are left to their writer, who logs them
 * at once through createdEntriesView (an import's 20,000 rows: one statement instead of 20,000
 * trigger runs).
 */
export function auditTriggers(spec: AuditedTable): string {
  const changed = spec.columns.map((c) => `OLD.${c.column} IS NOT NEW.${c.column}`).join(' OR ');
  const name = `audit_${spec.table}`;
  const notDeferred = spec.deferred ? ` AND NOT (${spec.deferred('NEW')})` : '';
  return `
    CREATE TRIGGER ${name}_insert AFTER INSERT ON ${spec.table} WHEN ${NOT_MUTED_SQL}${notDeferred}
    BEGIN ${entry(spec, 'insert')} END;
    CREATE TRIGGER ${name}_update AFTER UPDATE ON ${spec.table}
      WHEN (${changed}) AND ${NOT_MUTED_SQL}${notDeferred}
    BEGIN ${entry(spec, 'update')} END;
    CREATE TRIGGER ${name}_delete AFTER DELETE ON ${spec.table} WHEN ${NOT_MUTED_SQL}
    BEGIN ${entry(spec, 'delete')} END;`;
}

/**
 * A view of the creation entry each row of `spec.table` would have (as its insert trigger writes
 * it, with the row's values now), plus the row's `keys` columns as row_<key> to choose rows by: a
 * writer that deferred its rows' entries inserts them from here (AUDIT_ENTRY_COLUMNS).
 */
export function createdEntriesView(spec: AuditedTable, view: string, keys: string[]): string {
  const columns = [ENTRY_COLUMNS, ...keys.map((k) => `row_${k}`)].join(', ');
  return `CREATE VIEW ${view} (${columns}) AS
    SELECT ${entryValues(spec, 'insert')}${keys.map((k) => `, NEW.${k}`).join('')}
    FROM ${spec.table} AS NEW;`;
}

/** The columns of an audit entry, as createdEntriesView names them. */
export const AUDIT_ENTRY_COLUMNS = ENTRY_COLUMNS.replace(/\s+/g, ' ');

/** Drops the triggers auditTriggers made, so a later migration can rebuild them with new columns. */
export function dropAuditTriggers(table: string): string {
  return ['insert', 'update', 'delete']
    .map((kind) => `DROP TRIGGER IF EXISTS audit_${table}_${kind};`)
    .join('\n');
}
