import type { Db } from '../db/connection';
import { invalidField, notFound } from '../errors';
import { nowIso } from '../../../shared/domain/time';
import { createOrganisationsRepo } from './organisations.repo';
import { reindexPeople } from './people.repo';
import type { Organisation, OrganisationFields } from './types';

/** Organisations; their name and acronym are part of each member's search document. */
export function createOrganisationsService(db: Db) {
  const repo = createOrganisationsRepo(db);

  function get(id: number): Organisation {
    const organisation = repo.get(id);
    if (!organisation) throw notFound('The organisation');
    return organisation;
  }

  const update = db.transaction((id: number, fields: OrganisationFields) => {
    const before = get(id);
    repo.update(id, fields, nowIso());
    if (before.name !== fields.name || before.acronym !== fields.acronym)
      reindexPeople(db, repo.memberIds(id));
  });

  const merge = db.transaction((keepId: number, mergeId: number) => {
    if (keepId === mergeId) throw invalidField(['mergeId'], 'errors.sameOrganisation');
    get(keepId);
    get(mergeId);
    const moved = repo.memberIds(mergeId);
    repo.merge(keepId, mergeId, nowIso());
    // The kept record may have gained an acronym: re-index everyone now in it.
    reindexPeople(db, [...moved, ...repo.memberIds(keepId)]);
  });

  return {
    list: (): Organisation[] => repo.list(),
    get,
    /** The organisation, its people and the meetings they are registered to. */
    details: (id: number) => ({
      ...get(id),
      people: repo.members(id),
      meetings: repo.meetings(id),
    }),
    exists: (id: number): boolean => repo.exists(id),
    create: (fields: OrganisationFields): Organisation => get(repo.insert(fields, nowIso())),
    update(id: number, fields: OrganisationFields): Organisation {
      update(id, fields);
      return get(id);
    },
    /** Folds a duplicate into the record to keep, in one transaction; no person loses the link. */
    merge(keepId: number, mergeId: number): Organisation {
      merge(keepId, mergeId);
      return get(keepId);
    },
  };
}
