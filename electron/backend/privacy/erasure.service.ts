import type { Db } from '../db/connection';
import { notFound } from '../errors';
import { createPeopleRepo, reindexPeople } from '../people/people.repo';
import { displayName } from '../../../shared/domain/people';
import type { AuditChange } from '../../../shared/domain/audit';
import type { Output } from '../../../shared/api';
import { createErasureRepo } from './erasure.repo';
import { createPrivacyRepo } from './privacy.repo';

type Preview = Output<'privacy.erasurePreview'>;

/**
 * "Delete this person everywhere": the person, their registrations (with status history,
 * check-ins and the passport details of visa letters), their places on sessions and the awards they received, and what undo snapshots
 * still held about them. The audit log keeps that it happened: its entries about them stay,
 * emptied of every value, with one entry per meeting that lost a participant.
 */
export function createErasureService(db: Db) {
  const people = createPeopleRepo(db);
  const repo = createErasureRepo(db);
  const privacy = createPrivacyRepo(db);

  function person(id: number) {
    const found = people.get(id);
    if (!found) throw notFound('The person');
    return found;
  }

  function preview(personId: number, backupFirst: boolean): Preview {
    const p = person(personId);
    const registrations = repo.registrations(personId);
    return {
      personId,
      name: displayName(p),
      registrations: registrations.map(({ id: _id, ...r }) => r),
      sessionRoles: repo.sessionRoles(personId).map(({ meetingId: _m, ...r }) => r),
      awards: repo.awards(personId).map(({ name, meetingTitle }) => ({ name, meetingTitle })),
      visaDetails: repo.visaDetails(personId).map(({ meetingTitle }) => ({ meetingTitle })),
      attendanceRecords: repo.attendanceRecords(registrations.map((r) => r.id)),
      auditEntries: repo.auditEntries(personId),
      backupFirst,
    };
  }

  const erase = db.transaction((personId: number) => {
    person(personId);
    const registrations = repo.registrations(personId);
    const registrationIds = registrations.map((r) => r.id);
    const sessionRoles = repo.sessionRoles(personId);
    const awards = repo.awards(personId);
    const attendanceRecords = repo.attendanceRecords(registrationIds);
    const visaDetails = repo.visaDetails(personId);
    privacy.mute('erasure');
    privacy.forgetSnapshots([personId], registrationIds);
    repo.erase(personId);
    privacy.scrubAuditOfPeople([personId], true);
    privacy.unmute();
    reindexPeople(db, [personId]);
    // Each meeting's log says it lost a participant; the person's own entries say the rest.
    const meetings = new Map<number, string>();
    for (const r of registrations) meetings.set(r.meetingId, r.meetingTitle);
    for (const a of awards) meetings.set(a.meetingId, a.meetingTitle);
    const count = (field: string, n: number): AuditChange[] =>
      n ? [{ field, before: null, after: n }] : [];
    for (const [meetingId, title] of meetings)
      privacy.addEntry({
        action: 'erase',
        meetingId,
        personId,
        label: title,
        changes: [
          ...count('registrations', registrations.filter((r) => r.meetingId === meetingId).length),
          ...count('sessionRoles', sessionRoles.filter((r) => r.meetingId === meetingId).length),
          ...count('awards', awards.filter((a) => a.meetingId === meetingId).length),
          ...count('visaDetails', visaDetails.filter((v) => v.meetingId === meetingId).length),
        ],
      });
    privacy.addEntry({
      action: 'erase',
      meetingId: null,
      personId,
      label: '',
      changes: [
        ...count('registrations', registrations.length),
        ...count('sessionRoles', sessionRoles.length),
        ...count('awards', awards.length),
        ...count('attendanceRecords', attendanceRecords),
        ...count('visaDetails', visaDetails.length),
      ],
    });
    return {
      registrations: registrations.length,
      sessionRoles: sessionRoles.length,
      awards: awards.length,
      attendanceRecords,
      visaDetails: visaDetails.length,
    };
  });

  return {
    preview,
    erase: (personId: number): Omit<Output<'privacy.erasePerson'>, 'backup'> => erase(personId),
  };
}
