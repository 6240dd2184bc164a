import type { FieldErrors, FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { ApiError, ApiIssue } from '../../../shared/api';
import { i18next, translateMessage } from '../i18n';

/** The sentence to show for a failed call, in the UI language. */
export function errorText(error: ApiError): string {
  if (error.message.startsWith('errors.')) return translateMessage(error.message);
  return i18next.t(`errors.code.${error.code}`);
}

/** An issue's message key with its parameters ('errors.tooLong?max=200'), translated when shown. */
function messageWithParams(issue: ApiIssue): string {
  if (!issue.params) return issue.message;
  const query = new URLSearchParams(
    Object.entries(issue.params).map(([k, v]) => [k, String(v)]),
  ).toString();
  return `${issue.message}${issue.message.includes('?') ? '&' : '?'}${query}`;
}

/**
 * A field's message for each issue path ('endDate', 'meeting.title' → 'title' when prefixed), kept
 * as a key so that switching language while it shows translates it too.
 */
export function issuesByField(
  issues: ApiIssue[] | undefined,
  prefix?: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const issue of issues ?? []) {
    const path = prefix && issue.path[0] === prefix ? issue.path.slice(1) : issue.path;
    const key = path.join('.');
    if (!out.has(key)) out.set(key, messageWithParams(issue));
  }
  return out;
}

/** A form field's error in the UI language, if it has one; `name` may be nested ('person.email'). */
export function fieldError<T extends FieldValues>(
  errors: FieldErrors<T>,
  name: FieldPath<T>,
): string | undefined {
  // A dotted path walked by hand: react-hook-form's own `get` would put the whole library (forms
  // are in lazily loaded pages) into the main bundle, which every screen imports this file from.
  const error = name
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors);
  const message = (error as { message?: unknown } | undefined)?.message;
  return message ? translateMessage(String(message)) : undefined;
}

/** Puts the backend's refusals next to their fields (see issuesByField); returns how many landed. */
export function showIssues<T extends FieldValues>(
  setError: UseFormSetError<T>,
  issues: ApiIssue[] | undefined,
  prefix?: string,
): number {
  const fields = issuesByField(issues, prefix);
  for (const [name, message] of fields) setError(name as FieldPath<T>, { message });
  return fields.size;
}
