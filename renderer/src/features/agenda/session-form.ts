import type { z } from 'zod';
import { SessionInput } from '../../../../shared/api/agenda';
import type { Session } from '../../../../shared/domain/agenda';

/**
 * The session panel's form is the contract's own schema, so the form checks exactly what the
 * backend will (end before start, zero length), and the backend's issue paths ('session.endMinute')
 * name the form's fields once their prefix is taken off.
 */
export const SessionFormSchema = SessionInput;
export type SessionFormValues = z.input<typeof SessionInput>;

/** Where a new session goes: the slot chosen on the grid (or by the "New session" button). */
export interface NewSessionPlace {
  day: string;
  startMinute: number;
  endMinute: number;
  roomId: number | null;
  allRooms?: boolean;
}

/** A blank session at the chosen place. */
export function emptySession(place: NewSessionPlace): SessionFormValues {
  return {
    title: '',
    type: place.allRooms ? 'plenary' : 'panel',
    day: place.day,
    startMinute: place.startMinute,
    endMinute: place.endMinute,
    roomId: place.allRooms ? null : place.roomId,
    allRooms: place.allRooms ?? false,
    trackId: null,
    region: null,
    description: '',
    tentative: false,
    expectedAudience: null,
    restricted: false,
    presenterCountryCode: null,
    presenterOrganisationId: null,
    people: [],
  };
}

/** The form filled from the session as the agenda holds it. */
export function formFromSession(s: Session): SessionFormValues {
  return {
    title: s.title,
    type: s.type,
    day: s.day,
    startMinute: s.startMinute,
    endMinute: s.endMinute,
    roomId: s.roomId,
    allRooms: s.allRooms,
    trackId: s.trackId,
    region: s.region,
    description: s.description,
    tentative: s.tentative,
    expectedAudience: s.expectedAudience,
    restricted: s.restricted,
    presenterCountryCode: s.presenterCountryCode,
    presenterOrganisationId: s.presenterOrganisationId,
    people: s.people.map((p) => ({ registrationId: p.registrationId, role: p.role })),
  };
}

/** Where a duplicate goes: right after the original when the day has room, else on top of it. */
export function duplicatePlace(s: Session): { day: string; startMinute: number } {
  const length = s.endMinute - s.startMinute;
  return s.endMinute + length <= 1440
    ? { day: s.day, startMinute: s.endMinute }
    : { day: s.day, startMinute: s.startMinute };
}
