import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { notFound } from '../errors';
import { createMeetingsRepo } from '../meetings/meetings.repo';
import { createPeopleRepo } from '../people/people.repo';
import { displayName } from '../../../shared/domain/people';
import { createAuditRepo, type EntryFilter } from './audit.repo';
import { exportAuditEntries } from './documents/audit-export';
import { createOperatorService } from './operator';

/** The most entries one export holds: a year of a busy meeting's changes. */
const EXPORT_LIMIT = 200_000;

export function auditHandlers(ctx: BackendContext): FeatureHandlers<'audit'> {
  const repo = createAuditRepo(ctx.db);
  const operator = createOperatorService(ctx.db);
  operator.rememberAccount();
  const meetings = createMeetingsRepo(ctx.db);
  const people = createPeopleRepo(ctx.db);

  /** What the log is of, for the file name: the meeting's title or the person's name. */
  function scopeName(filter: EntryFilter): string {
    if (filter.meetingId !== undefined) {
      const meeting = meetings.get(filter.meetingId);
      if (!meeting) throw notFound('The meeting');
      return meeting.title;
    }
    if (filter.personId !== undefined) {
      const person = people.get(filter.personId);
      return person ? displayName(person) : `${filter.personId}`;
    }
    return '';
  }

  return {
    'audit.list': ({ beforeId, limit, ...filter }) => {
      const entries = repo.list(filter, limit + 1, beforeId);
      return {
        entries: entries.slice(0, limit),
        hasMore: entries.length > limit,
        total: repo.count(filter),
        who: repo.who(filter),
      };
    },
    'audit.export': ({ format, language, separator, timeZone, ...filter }) =>
      exportAuditEntries(repo.list(filter, EXPORT_LIMIT), {
        format,
        language,
        separator,
        timeZone,
        scope: scopeName(filter),
      }),
    'audit.operator': () => operator.get(),
    'audit.setOperator': ({ operator: name }) => {
      const result = operator.set(name);
      ctx.emit('data.changed', { feature: 'audit' });
      return result;
    },
  };
}
