import type { ApiError } from '../../../../shared/api';
import { i18next } from '../../i18n';
import { errorText } from '../../ui/errors';

/**
 * A message from the import ('imports.messages.nameMissing', 'imports.messages.tooLong?max=200')
 * in the UI language; other messages go through the app's usual translation.
 */
export function importMessage(message: string, params?: Record<string, string | number>): string {
  const [key = message, query] = message.split('?', 2);
  if (!key.startsWith('imports.')) return message;
  // Numbers come back as numbers, so plural forms ("1 row", "2 rows") are chosen right.
  const fromQuery = Object.fromEntries(
    [...new URLSearchParams(query ?? '')].map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v]),
  );
  return i18next.t(key, { ...fromQuery, ...params });
}

/** What went wrong with a call, as a sentence: the first field issue, else the error itself. */
export function importErrorText(error: ApiError): string {
  const issue = error.issues?.[0];
  if (error.message.startsWith('imports.')) return importMessage(error.message);
  if (issue?.message.startsWith('imports.')) return importMessage(issue.message, issue.params);
  return errorText(error);
}

/** "The import was undone: 12 registrations removed. 3 merged records got their details back." */
export function undoneText(result: { removed: number; restored: number }): string {
  const removed = i18next.t('imports.result.undone', { count: result.removed });
  return result.restored > 0
    ? `${removed} ${i18next.t('imports.result.restored', { count: result.restored })}`
    : removed;
}
