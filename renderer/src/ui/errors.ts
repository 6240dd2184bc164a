import type { ApiError, ApiIssue } from '../../../shared/api';
import { i18next, translateMessage } from '../i18n';

/** The sentence to show for a failed call, in the UI language. */
export function errorText(error: ApiError): string {
  if (error.message.startsWith('errors.')) return translateMessage(error.message);
  return i18next.t(`errors.code.${error.code}`);
}

/** A field's message for each issue path ('endDate', 'meeting.title' → 'title' when prefixed). */
export function issuesByField(
  issues: ApiIssue[] | undefined,
  prefix?: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const issue of issues ?? []) {
    const path = prefix && issue.path[0] === prefix ? issue.path.slice(1) : issue.path;
    const key = path.join('.');
    if (!out.has(key)) out.set(key, translateMessage(issue.message, issue.params));
  }
  return out;
}
