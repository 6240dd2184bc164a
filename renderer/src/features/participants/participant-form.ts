import { z } from 'zod';
import type { Output } from '../../../../shared/api';
import { PersonInput, blankPerson } from '../../../../shared/api/people';
import { RegistrationInput } from '../../../../shared/api/registrations';
import type { ParticipantDetails } from './participant-types';

/**
 * The panel's form: the contract's own schemas side by side, so the form checks exactly what the
 * backend will, and the backend's issue paths ('person.email') name the form's fields.
 */
export const ParticipantFormSchema = z.object({
  person: PersonInput,
  registration: RegistrationInput,
});
export type ParticipantFormValues = z.input<typeof ParticipantFormSchema>;

export type PersonDetails = Output<'people.get'>;

/** A blank form for a new participant. */
export function emptyForm(): ParticipantFormValues {
  return {
    person: blankPerson(),
    registration: {
      role: 'delegate',
      status: 'invited',
      plannedDays: [],
      arrivalDate: null,
      departureDate: null,
      dietary: '',
      accessibility: '',
      visaLetter: false,
      badgeName: '',
      internalNotes: '',
    },
  };
}

/** The form filled from what the backend holds for this registration and its person. */
export function formFrom(row: ParticipantDetails, person: PersonDetails): ParticipantFormValues {
  return {
    person: {
      title: person.title,
      givenNames: person.givenNames,
      familyNames: person.familyNames,
      gender: person.gender,
      email: person.email,
      phone: person.phone,
      organisationId: person.organisationId,
      position: person.position,
      countryCode: person.countryCode,
      nationalityCode: person.nationalityCode,
      languages: person.languages,
      notes: person.notes,
      consentToList: person.consentToList,
    },
    registration: {
      role: row.role,
      status: row.status,
      plannedDays: row.plannedDays,
      arrivalDate: row.arrivalDate,
      departureDate: row.departureDate,
      dietary: row.dietary,
      accessibility: row.accessibility,
      visaLetter: row.visaLetter,
      badgeName: row.badgeName,
      internalNotes: row.internalNotes,
    },
  };
}
