import type { BackendContext } from '../context';
import { DomainError } from '../errors';
import type { FeatureHandlers } from '../handler-types';
import { createMeetingsService } from './meetings.service';

/**
 * The service names fields of the meeting itself; an update's input nests them under `meeting`,
 * so its issues get that prefix, as zod's own issues for the same input have.
 */
function underMeeting<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError && error.issues)
      throw new DomainError(
        error.code,
        error.message,
        error.issues.map((issue) => ({ ...issue, path: ['meeting', ...issue.path] })),
      );
    throw error;
  }
}

export function meetingsHandlers(ctx: BackendContext): FeatureHandlers<'meetings'> {
  const meetings = createMeetingsService(ctx.db);
  // Fills the search columns added by migration 0090, and follows country-name updates (it writes
  // only what changed; a read-only database is used as it is).
  if (!ctx.db.readonly) meetings.refreshSearch();
  const changed = () => ctx.emit('data.changed', { feature: 'meetings' });
  return {
    'meetings.list': (query) => meetings.list(query),
    'meetings.get': ({ id }) => meetings.get(id),
    'meetings.create': (input) => {
      const created = meetings.create(input);
      changed();
      return created;
    },
    'meetings.update': ({ id, meeting }) => {
      const updated = underMeeting(() => meetings.update(id, meeting));
      changed();
      return updated;
    },
    'meetings.delete': ({ id }) => {
      const result = meetings.delete(id);
      changed();
      return result;
    },
  };
}
