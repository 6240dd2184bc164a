import type { Db } from '../db/connection';
import { DomainError, notFound } from '../errors';
import { reindexPeople } from '../people/people.repo';
import type { ImportsRepo } from './imports.repo';
import type { PersonRow, RegistrationRow } from './types';

export interface UndoResult {
  batchId: number;
  /** Registrations the import had created. */
  removed: number;
  restored: number;
}

/**
 * Undoes the meeting's latest import in one transaction: registrations it created are deleted,
 * people it created are deleted unless another meeting has registered them since, merged people
 * and registrations get their earlier values back, and organisations it created go when unused.
 * Only the latest batch can be undone: an earlier one may have been built upon.
 */
export function undoLastImport(
  db: Db,
  repo: ImportsRepo,
  meetingId: number,
  expectedBatchId: number | undefined,
  now: string,
): UndoResult {
  return db.transaction((): UndoResult => {
    const batch = repo.latestBatch(meetingId);
    if (!batch) throw notFound('An import to undo');
    if (batch.undone_at) throw new DomainError('conflict', 'imports.messages.alreadyUndone');
    if (expectedBatchId !== undefined && batch.id !== expectedBatchId)
      throw new DomainError('conflict', 'imports.messages.notLatest');
    const changes = repo.changes(batch.id);
    const people = new Set(repo.deleteRegistrationsOfBatch(batch.id));
    const removed = people.size;
    let restored = 0;
    const organisations: number[] = [];
    // Newest first, so a row touched twice ends at its earliest snapshot.
    for (const change of changes) {
      if (change.kind === 'registration_updated' && change.before_json) {
        const before = JSON.parse(change.before_json) as RegistrationRow & { lastChange: number };
        if (repo.getRegistration(before.id)) {
          repo.restoreRegistration(before, before.lastChange);
          restored++;
        }
      } else if (change.kind === 'person_updated' && change.before_json) {
        const before = JSON.parse(change.before_json) as PersonRow;
        if (repo.getPerson(before.id)) {
          repo.restorePerson(before);
          people.add(before.id);
          restored++;
        }
      } else if (change.kind === 'person_created') {
        people.add(change.row_id);
        if (repo.registrationCount(change.row_id) === 0) repo.deletePerson(change.row_id);
      } else if (change.kind === 'organisation_created') organisations.push(change.row_id);
    }
    for (const id of organisations) repo.deleteOrganisationIfUnused(id);
    reindexPeople(db, [...people]);
    repo.markUndone(batch.id, now);
    return { batchId: batch.id, removed, restored };
  })();
}
