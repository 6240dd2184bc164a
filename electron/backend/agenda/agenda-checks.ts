import { DomainError, invalidField } from '../errors';
import { formatMinute, MINUTES_PER_DAY } from '../../../shared/domain/agenda';
import { localTimeKind } from '../../../shared/domain/time';
import type { Meeting } from '../../../shared/domain/meeting';
import type { ParsedInput } from '../../../shared/api';
import type { Repos } from './changes';

type SessionFields = ParsedInput<'agenda.createSession'>['session'];
type Placement = Pick<SessionFields, 'day' | 'startMinute' | 'endMinute' | 'roomId' | 'allRooms'>;

/**
 * A wall-clock time the meeting's zone skips or repeats on that day (the night clocks change) is
 * refused next to its field: the programme would not say when the session happens.
 */
function checkClockTime(
  meeting: Meeting,
  day: string,
  minute: number,
  field: 'startMinute' | 'endMinute',
): void {
  if (minute >= MINUTES_PER_DAY) return;
  const kind = localTimeKind(day, minute, meeting.timeZone);
  if (kind === 'once') return;
  const message = kind === 'skipped' ? 'errors.timeSkipped' : 'errors.timeRepeated';
  const params = new URLSearchParams({ time: formatMinute(minute), zone: meeting.timeZone });
  throw invalidField([field], `${message}?${params.toString()}`);
}

/** The room must be one of this meeting's; a session in every room has none of its own. */
export function checkPlacement(repos: Repos, meeting: Meeting, p: Placement): void {
  if (p.roomId !== null && !p.allRooms && repos.rooms.room(p.roomId)?.meetingId !== meeting.id)
    throw invalidField(['roomId'], 'errors.roomMissing');
  checkClockTime(meeting, p.day, p.startMinute, 'startMinute');
  checkClockTime(meeting, p.day, p.endMinute, 'endMinute');
}

/** Everything a session points at belongs to its meeting (or exists, for organisations). */
export function checkSession(repos: Repos, meeting: Meeting, input: SessionFields): void {
  checkPlacement(repos, meeting, input);
  if (input.trackId !== null && repos.rooms.track(input.trackId)?.meetingId !== meeting.id)
    throw invalidField(['trackId'], 'errors.trackMissing');
  if (
    input.presenterOrganisationId !== null &&
    !repos.awards.organisationExists(input.presenterOrganisationId)
  )
    throw invalidField(['presenterOrganisationId'], 'errors.organisationMissing');
  input.people.forEach((p, i) => {
    if (repos.sessions.registrationMeeting(p.registrationId) !== meeting.id)
      throw invalidField(['people', i, 'registrationId'], 'errors.notAParticipant');
  });
}

type AwardFields = ParsedInput<'agenda.createAward'>['award'];

/** One recipient at most, existing; the session must be one of the meeting's. */
export function checkAward(repos: Repos, meeting: Meeting, award: AwardFields): void {
  if (award.recipientOrganisationId !== null && award.recipientPersonId !== null)
    throw invalidField(['recipientPersonId'], 'errors.oneRecipient');
  if (
    award.recipientOrganisationId !== null &&
    !repos.awards.organisationExists(award.recipientOrganisationId)
  )
    throw invalidField(['recipientOrganisationId'], 'errors.organisationMissing');
  if (award.recipientPersonId !== null && !repos.awards.personExists(award.recipientPersonId))
    throw invalidField(['recipientPersonId'], 'errors.personMissing');
  if (award.sessionId !== null && repos.sessions.session(award.sessionId)?.meetingId !== meeting.id)
    throw invalidField(['sessionId'], 'errors.sessionMissing');
}

/** Prefixes the issues' paths of a nested input (`session`, `room`, `award`), as zod would. */
export function nested<T>(prefix: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError && error.issues)
      throw new DomainError(
        error.code,
        error.message,
        error.issues.map((issue) => ({ ...issue, path: [prefix, ...issue.path] })),
      );
    throw error;
  }
}
