import type { Db } from '../db/connection';
import { invalidField, notFound } from '../errors';
import { nowIso } from '../../../shared/domain/time';
import { wouldCreateCycle, type Meeting } from '../../../shared/domain/meeting';
import { createMeetingsRepo, type MeetingFields } from './meetings.repo';
import { createMeetingsListRepo } from './meetings-list.repo';
import type { MeetingListQuery } from '../../../shared/api/meetings';
import type { output as Output } from 'zod';

/** Meeting rules: a parent must exist and may not be the meeting itself or one of its children. */
export function createMeetingsService(db: Db) {
  const repo = createMeetingsRepo(db);
  const lists = createMeetingsListRepo(db);

  function get(id: number): Meeting {
    const meeting = repo.get(id);
    if (!meeting) throw notFound('The meeting');
    return meeting;
  }

  function checkParent(id: number | null, parentId: number | null): void {
    if (parentId === null) return;
    if (!repo.get(parentId)) throw invalidField(['parentId'], 'errors.parentMissing');
    if (id !== null && wouldCreateCycle(id, parentId, (m) => repo.parentOf(m)))
      throw invalidField(['parentId'], 'errors.parentCycle');
  }

  return {
    list: (q: Output<typeof MeetingListQuery>) => lists.list(q.query, q.sort, q.direction),
    refreshSearch: () => repo.refreshSearch(),
    get,
    create(fields: MeetingFields): Meeting {
      checkParent(null, fields.parentId);
      return get(repo.insert(fields, nowIso()));
    },
    update(id: number, fields: MeetingFields): Meeting {
      get(id);
      checkParent(id, fields.parentId);
      repo.update(id, fields, nowIso());
      return get(id);
    },
    delete(id: number): { id: number } {
      if (!repo.delete(id)) throw notFound('The meeting');
      return { id };
    },
    findByTitle: (title: string, startDate: string) => repo.findByTitle(title, startDate),
  };
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
