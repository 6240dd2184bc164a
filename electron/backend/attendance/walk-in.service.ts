import type { Db } from '../db/connection';
import { DomainError, invalidField } from '../errors';
import { createPeopleService } from '../people/people.service';
import { personKeys } from '../people/people.repo';
import { createRegistrationsService } from '../registrations/registrations.service';
import type { PersonFields } from '../people/types';
import { RegistrationInput } from '../../../shared/api/registrations';
import { normaliseName, sortName, type Role } from '../../../shared/domain/people';
import { createAttendeesRepo } from './attendees.repo';
import type { DeskCall, DeskService } from './desk.service';
import type { DeskAnswer } from './types';

export interface WalkIn extends DeskCall {
  day: string;
  personId?: number | undefined;
  person?: PersonFields | undefined;
  role: Role;
  createAnyway: boolean;
}

/** The keys a name is known by, in both orders ("Ana Núñez" and "Núñez Ana"). */
function nameKeys(givenNames: string, familyNames: string): string[] {
  const keys = [
    personKeys({ givenNames, familyNames, email: '' }).name_key,
    normaliseName(`${familyNames} ${givenNames}`),
  ];
  return [...new Set(keys.filter(Boolean))];
}

/**
 * Someone who turns up unannounced: registered (confirmed, since they are here) and checked in
 * in one transaction. A person the directory already knows by email is never entered twice; one
 * known by name only is offered first, and entered anyway when the registrar says so (namesakes).
 */
export function createWalkInService(db: Db, desk: DeskService) {
  const attendees = createAttendeesRepo(db);
  const people = createPeopleService(db);
  const registrations = createRegistrationsService(db);

  function known(meetingId: number, givenNames: string, familyNames: string, email: string) {
    return attendees
      .knownPeople(meetingId, email.trim().toLowerCase(), nameKeys(givenNames, familyNames))
      .map(({ givenNames: g, familyNames: f, ...rest }) => ({
        ...rest,
        name: sortName({ givenNames: g, familyNames: f }),
      }));
  }

  const walkIn = db.transaction((input: WalkIn): DeskAnswer => {
    const at = desk.place(input);
    if ((input.personId === undefined) === (input.person === undefined))
      throw invalidField(['personId'], 'errors.personOrNewPerson');
    let personId = input.personId;
    if (personId !== undefined) {
      people.get(personId);
      const here = attendees.registrationOf(at.meetingId, personId);
      // Already registered: a walk-in who was expected after all is simply checked in.
      if (here !== null) return desk.checkInRegistration(here, at, 'search', input.operator);
    } else {
      const person = input.person!;
      const found = known(at.meetingId, person.givenNames, person.familyNames, person.email);
      const byEmail = found.find((p) => p.reason === 'email');
      if (byEmail)
        throw new DomainError('conflict', 'errors.walkInKnownEmail', [
          {
            path: ['person', 'email'],
            message: 'errors.walkInKnownEmail',
            params: { name: byEmail.name },
          },
        ]);
      if (found.length > 0 && !input.createAnyway)
        throw new DomainError('conflict', 'errors.walkInKnownName', [
          {
            path: ['person', 'familyNames'],
            message: 'errors.walkInKnownName',
            params: { name: found[0]!.name },
          },
        ]);
      personId = people.create(person).id;
    }
    const created = registrations.create({
      meetingId: at.meetingId,
      personId,
      registration: RegistrationInput.parse({ role: input.role, status: 'confirmed' }),
    });
    return desk.checkInRegistration(created.id, at, 'walk_in', input.operator);
  });

  return { known, walkIn: (input: WalkIn): DeskAnswer => walkIn(input) };
}
