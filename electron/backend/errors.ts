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
