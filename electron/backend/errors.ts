import type { ApiIssue, ErrorCode } from '../../shared/api/envelope';

/** An expected failure the user should read: it crosses the contract as `{ code, message, issues }`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} was not found.`);

/** A single-field validation failure, shown next to that field. */
export const invalidField = (path: (string | number)[], message: string) =>
  new DomainError('validation', 'Some fields need attention.', [{ path, message }]);

/** A SQLite failure the user should read about, with SQLite's own words kept for the logs. */
export class SqliteFailure extends DomainError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly detail: string,
  ) {
    super(code, message);
  }
}

/**
 * The SQLite errors that say something about the file rather than about our code: a read-only
 * database refuses writes, a damaged one fails reads. Anything else is not ours to explain.
 */
export function sqliteFailure(error: unknown): SqliteFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const detail = error instanceof Error ? error.message : code;
  if (code.startsWith('SQLITE_READONLY'))
    return new SqliteFailure('read_only', 'errors.readOnlyDatabase', detail);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return new SqliteFailure('database_damaged', 'errors.databaseDamaged', detail);
  return null;
}
