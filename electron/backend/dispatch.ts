import type { z } from 'zod';
import { contract, fail, isChannel, ok, type ApiIssue, type Envelope } from '../../shared/api';
import { findTextIssues } from '../../shared/api/clean-text';
import { DomainError, sqliteFailure, type SqliteFailure } from './errors';
import type { HandlerTable } from './handler-types';

/** zod's issues as the contract carries them: the field path, an i18n key and its parameters. */
export function toApiIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => {
    const params: Record<string, string | number> = {};
    if ('maximum' in issue && typeof issue.maximum !== 'object') params.max = Number(issue.maximum);
    if ('minimum' in issue && typeof issue.minimum !== 'object') params.min = Number(issue.minimum);
    if (issue.code === 'custom' && issue.params)
      for (const [k, v] of Object.entries(issue.params))
        if (typeof v === 'string' || typeof v === 'number') params[k] = v;
    const message = issue.message.startsWith('errors.') ? issue.message : 'errors.invalid';
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return Object.keys(params).length ? { path, message, params } : { path, message };
  });
}

const samePath = (a: ApiIssue['path'], b: ApiIssue['path']) =>
  a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * A refusal for unclean text, with the schema's own issues on the other fields, so a form shows
 * every message at once, as it does for any validation error.
 */
function refuse(textIssues: ApiIssue[], parsed: z.ZodSafeParseResult<unknown>): Envelope<never> {
  const others = parsed.success
    ? []
    : toApiIssues(parsed.error).filter((o) => !textIssues.some((t) => samePath(t.path, o.path)));
  return fail('validation', 'Some fields need attention.', [...textIssues, ...others]);
}

export interface DispatchOptions {
  /** Also check every reply against its output schema (tests turn this on). */
  checkOutput?: boolean;
  log?: (message: string, error: unknown) => void;
  /**
   * Told of a SQLite failure that concerns the file (read-only, damaged) before it is answered
   * as such; returning false treats it as a failure of ours instead (logged, `internal`).
   */
  onSqliteFailure?: (failure: SqliteFailure) => boolean;
}

/**
 * The single entry point of both shells: an unknown channel or an invalid input is answered with an
 * error envelope before any handler (and so any SQL) runs.
 */
export function createDispatcher(handlers: HandlerTable, options: DispatchOptions = {}) {
  return async function dispatch(channel: string, rawInput: unknown): Promise<Envelope<unknown>> {
    if (!isChannel(channel))
      return fail('unknown_channel', `There is no channel named "${channel}".`);
    const def = contract[channel];
    const input = rawInput ?? {};
    // The clean-text rule first (see shared/api/clean-text.ts): no control character, no broken
    // character and no absurd nesting reaches the schema's refinements or a handler.
    const textIssues = findTextIssues(def.input, input);
    if (textIssues.length) return refuse(textIssues, def.input.safeParse(input));
    const parsed = def.input.safeParse(input);
    if (!parsed.success)
      return fail('validation', 'Some fields need attention.', toApiIssues(parsed.error));
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      if (options.checkOutput) def.output.parse(value);
      return ok(value);
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.message, error.issues);
      const failure = sqliteFailure(error);
      if (failure && (options.onSqliteFailure?.(failure) ?? true))
        return fail(failure.code, failure.message);
      (options.log ?? console.error)(`Channel ${channel} failed`, error);
      return fail('internal', 'Something went wrong on our side. Nothing was changed.');
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
