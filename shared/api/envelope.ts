/** Error codes that cross the contract; the renderer maps each to a translated message. */
export const ERROR_CODES = [
  'validation',
  'not_found',
  'conflict',
  'unauthorized',
  'unknown_channel',
  'too_large',
  'cancelled',
  'database_too_new',
  'database_unreadable',
  'data_folder_unwritable',
  'data_folder_invalid',
  'database_locked',
  'wrong_passphrase',
  'database_damaged',
  'read_only',
  'busy',
  'backup_failed',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field; `message` is an i18n key, `params` fill its placeholders. */
export interface ApiIssue {
  path: (string | number)[];
  message: string;
  params?: Record<string, string | number>;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: ApiIssue[];
}

/** What every channel replies: errors travel as data because Electron drops custom error fields. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: ApiIssue[]): Envelope<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});
