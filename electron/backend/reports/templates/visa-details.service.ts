/**
 * Passport details for visa letters: listed with the registrations that asked for a letter,
 * entered only for a registration that asked (the letter is their only use), and removable.
 */
import type { Db } from '../../db/connection';
import { DomainError, notFound } from '../../errors';
import type { ParsedInput } from '../../../../shared/api';
import type { VisaDetails, VisaRequest } from '../../../../shared/api/reports-documents';
import type { Meeting } from '../../../../shared/domain/meeting';
import { nowIso } from '../../../../shared/domain/time';
import { createVisaDetailsRepo, type VisaDetailsRecord } from './visa-details.repo';

export function createVisaDetailsService(db: Db, meetingOf: (id: number) => Meeting) {
  const repo = createVisaDetailsRepo(db);
  const save = db.transaction((input: ParsedInput<'reports.saveVisaDetails'>): VisaDetails => {
    const registration = repo.registration(input.registrationId);
    if (!registration) throw notFound('The registration');
    // Details are kept for the letter only: a registration that asked for none has no use for them.
    if (registration.visa_letter !== 1)
      throw new DomainError('validation', 'errors.visaNotAsked', [
        { path: ['registrationId'], message: 'errors.visaNotAsked' },
      ]);
    const record: VisaDetailsRecord = { ...input.details, updatedAt: nowIso() };
    repo.save(input.registrationId, record);
    return record;
  });
  const remove = db.transaction((registrationId: number) => {
    const removed = repo.get(registrationId);
    repo.remove(registrationId);
    return { removed };
  });
  return {
    requests(meetingId: number): VisaRequest[] {
      meetingOf(meetingId);
      return repo.requests(meetingId).map((r) => ({
        registrationId: r.registrationId,
        givenNames: r.givenNames,
        familyNames: r.familyNames,
        organisationName: r.organisationName,
        countryCode: r.countryCode,
        personNationalityCode: r.personNationalityCode,
        status: r.status,
        details: r.details,
      }));
    },
    save: (input: ParsedInput<'reports.saveVisaDetails'>): VisaDetails => save(input),
    remove: (registrationId: number): { removed: VisaDetails | null } => remove(registrationId),
  };
}
