import { isExpectedOn, sessionAudience, type ScanOutcome } from '../../../shared/domain/attendance';
import { displayName } from '../../../shared/domain/people';
import type { CurrentBadge } from './badges.repo';
import type { CardRow } from './attendees.repo';
import type { DeskAnswer, DeskCard, SessionInfo } from './types';

/** Where the desk checks in: a day of the meeting (null until chosen), or a session's door. */
export interface Place {
  meetingId: number;
  day: string | null;
  session: SessionInfo | null;
}

/** The badge as the card tells it: none printed, to hand over now, or already handed over. */
export function badgeState(badge: CurrentBadge | null): DeskCard['badge'] {
  if (!badge) return 'none';
  return badge.collectedAt ? 'collected' : 'to_collect';
}

/** The card the desk shows for a registration, at this place. */
export function deskCard(row: CardRow, place: Place, badge: CurrentBadge | null): DeskCard {
  const day = place.session?.day ?? place.day;
  return {
    registrationId: row.registrationId,
    personId: row.personId,
    name: displayName(row),
    badgeName: row.badgeName,
    organisationName: row.organisationName,
    organisationAcronym: row.organisationAcronym,
    countryCode: row.countryCode,
    policeRegion: row.policeRegion,
    role: row.role,
    status: row.status,
    dietary: row.dietary,
    accessibility: row.accessibility,
    visaLetter: row.visaLetter,
    deskNote: row.deskNote,
    expected: day !== null && isExpectedOn(row, day),
    badge: badgeState(badge),
    badgeReissued: badge?.reissued ?? false,
    audience: place.session
      ? sessionAudience(place.session, {
          registrationId: row.registrationId,
          policeRegion: row.policeRegion,
          organisationType: row.organisationType,
        })
      : null,
  };
}

/** An answer with nothing but its outcome; callers add what they know. */
export function answer(outcome: ScanOutcome, more: Partial<DeskAnswer> = {}): DeskAnswer {
  return {
    outcome,
    card: null,
    checkedInAt: null,
    checkedOutAt: null,
    repeat: false,
    layout: null,
    unreadable: null,
    replacedAt: null,
    otherMeeting: null,
    matches: [],
    undo: null,
    ...more,
  };
}
