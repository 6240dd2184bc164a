import type { Db } from '../db/connection';
import { DomainError, invalidField, notFound } from '../errors';
import { createMeetingsRepo } from '../meetings/meetings.repo';
import { createPeopleService } from '../people/people.service';
import { searchMatch } from '../people/search-terms';
import type { PersonFields } from '../people/types';
import type { Role, Status } from '../../../shared/domain/people';
import { daysBetween, nowIso } from '../../../shared/domain/time';
import type { Meeting } from '../../../shared/domain/meeting';
import { createRegistrationsRepo } from './registrations.repo';
import { createRemovalRepo } from './removal.repo';
import type {
  ParticipantRow,
  RegistrationFields,
  RemovedRegistration,
  StatusChange,
} from './types';

export interface CreateRegistration {
  meetingId: number;
  personId?: number | undefined;
  person?: PersonFields | undefined;
  registration: RegistrationFields;
}

/** Registrations: one per person and meeting, planned days within the meeting, status history kept. */
export function createRegistrationsService(db: Db) {
  const repo = createRegistrationsRepo(db);
  const removal = createRemovalRepo(db);
  const meetings = createMeetingsRepo(db);
  const people = createPeopleService(db);

  function meeting(id: number): Meeting {
    const found = meetings.get(id);
    if (!found) throw notFound('The meeting');
    return found;
  }

  function get(id: number): ParticipantRow {
    const row = repo.get(id);
    if (!row) throw notFound('The registration');
    return row;
  }

  function checkDays(m: Meeting, fields: RegistrationFields): void {
    const days = new Set(daysBetween(m.startDate, m.endDate));
    const outside = fields.plannedDays.findIndex((d) => !days.has(d));
    if (outside >= 0) throw invalidField(['plannedDays', outside], 'errors.dayNotInMeeting');
  }

  /** Registers an existing person or a new one; both or neither is a validation issue. */
  const create = db.transaction((input: CreateRegistration): number => {
    const m = meeting(input.meetingId);
    if ((input.personId === undefined) === (input.person === undefined))
      throw invalidField(['personId'], 'errors.personOrNewPerson');
    checkDays(m, input.registration);
    let personId = input.personId;
    if (personId === undefined) personId = people.create(input.person as PersonFields).id;
    else people.get(personId);
    if (repo.find(m.id, personId) !== null)
      throw new DomainError('conflict', 'This person is already registered to this meeting.', [
        { path: ['personId'], message: 'errors.alreadyRegistered' },
      ]);
    const now = nowIso();
    const id = repo.insert(m.id, personId, input.registration, now);
    repo.addHistory(id, input.registration.status, now);
    return id;
  });

  const update = db.transaction((id: number, fields: RegistrationFields) => {
    const head = repo.head(id);
    if (!head) throw notFound('The registration');
    checkDays(meeting(head.meetingId), fields);
    const now = nowIso();
    repo.update(id, fields, now);
    if (fields.status !== head.status) repo.addHistory(id, fields.status, now);
  });

  const bulkUpdate = db.transaction(
    (ids: number[], status?: Status, role?: Role, consentToList?: boolean): number => {
      if (status === undefined && role === undefined && consentToList === undefined)
        throw invalidField(['status'], 'errors.nothingToChange');
      const now = nowIso();
      if (status !== undefined) repo.bulkStatus(ids, status, now);
      if (role !== undefined) repo.bulkRole(ids, role, now);
      if (consentToList !== undefined) repo.bulkConsent(ids, consentToList, now);
      return repo.count(ids);
    },
  );

  // What goes is read out in the same transaction, so the undo puts back exactly what was removed.
  const remove = db.transaction((ids: number[], sessions: 'refuse' | 'remove') => {
    const places = removal.sessionCount(ids);
    if (places > 0 && sessions === 'refuse')
      throw new DomainError('conflict', `errors.participantsOnSessions?count=${places}`);
    const removed = removal.snapshot(ids);
    return { deleted: removal.delete(ids), removed };
  });

  // Planned days are not checked against the meeting's days here: they are put back as they were,
  // and refusing them (the meeting's dates may have moved since) would lose the registration.
  const restore = db.transaction((removed: RemovedRegistration[]): number[] => {
    const checked = new Set<number>();
    return removed.map((r, i) => {
      if (!checked.has(r.meetingId)) checked.add(meeting(r.meetingId).id);
      people.get(r.personId);
      if (repo.find(r.meetingId, r.personId) !== null)
        throw new DomainError('conflict', 'This person is already registered to this meeting.', [
          { path: ['removed', i, 'personId'], message: 'errors.alreadyRegistered' },
        ]);
      return removal.restore(r);
    });
  });

  return {
    meeting,
    list: (meetingId: number): ParticipantRow[] => {
      meeting(meetingId);
      return repo.list(meetingId);
    },
    get: (id: number): ParticipantRow & { history: StatusChange[] } => ({
      ...get(id),
      history: repo.history(id),
    }),
    search: (meetingId: number, query: string): number[] =>
      repo.search(meetingId, searchMatch(query)),
    byIds: (meetingId: number, ids: number[]) => repo.byIds(meetingId, ids),
    create: (input: CreateRegistration): ParticipantRow => get(create(input)),
    update(id: number, fields: RegistrationFields): ParticipantRow {
      update(id, fields);
      return get(id);
    },
    /** Changes status and/or role of many registrations at once; each status change is recorded. */
    bulkUpdate: (ids: number[], status?: Status, role?: Role, consentToList?: boolean): number =>
      bulkUpdate(ids, status, role, consentToList),
    /** Removes registrations (the people stay) and returns them as they were, for an undo. */
    delete: (
      ids: number[],
      sessions: 'refuse' | 'remove' = 'refuse',
    ): { deleted: number; removed: RemovedRegistration[] } => remove(ids, sessions),
    /** Puts removed registrations back, all or none: a person registered again meanwhile refuses it. */
    restore(removed: RemovedRegistration[]): { restored: number; ids: number[] } {
      const ids = restore(removed);
      return { restored: ids.length, ids };
    },
  };
}

export type RegistrationsService = ReturnType<typeof createRegistrationsService>;
