import type { Output } from '../../../../shared/api';
import type { Participant, ParticipantDetails } from './participant-types';

/** The table's rows from the compact list: each tuple with its organisation and region looked up. */
export function expandList(list: Output<'registrations.listCompact'>): Participant[] {
  const organisations = new Map(list.organisations.map((o) => [o.id, o]));
  const regions = new Map(list.countries.map((c) => [c.code, c.policeRegion]));
  return list.rows.map(
    ([
      id,
      personId,
      givenNames,
      familyNames,
      email,
      organisationId,
      countryCode,
      role,
      status,
      listed,
    ]) => {
      const organisation = organisationId === null ? undefined : organisations.get(organisationId);
      return {
        id,
        personId,
        givenNames,
        familyNames,
        email,
        organisationId,
        organisationName: organisation?.name ?? '',
        organisationAcronym: organisation?.acronym ?? '',
        organisationType: organisation?.type ?? null,
        countryCode,
        policeRegion: countryCode === null ? null : (regions.get(countryCode) ?? null),
        role,
        status,
        consentToList: listed === 1,
      };
    },
  );
}

/** A table row from a registration's full details (after a save, before the refetch). */
export function rowOf(details: ParticipantDetails): Participant {
  return {
    id: details.id,
    personId: details.personId,
    givenNames: details.givenNames,
    familyNames: details.familyNames,
    email: details.email,
    organisationId: details.organisationId,
    organisationName: details.organisationName,
    organisationAcronym: details.organisationAcronym,
    organisationType: details.organisationType,
    countryCode: details.countryCode,
    policeRegion: details.policeRegion,
    role: details.role,
    status: details.status,
    consentToList: details.consentToList,
  };
}
