import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connection';
import { invalidField, notFound } from '../errors';
import { ACTIVE_STATUSES } from '../../../shared/domain/people';
import { TOKEN_BYTES, encodeToken } from '../../../shared/domain/badge-token';
import { createAttendeesRepo } from './attendees.repo';
import { createBadgesRepo } from './badges.repo';
import { createChangesRepo } from './changes.repo';

export interface IssuedToken {
  registrationId: number;
  token: string;
  issuedAt: string;
}

/**
 * Badge tokens: issued when a badge is first asked for, replaced on re-issue. Tokens come from
 * the system's secure random source: 128 bits, unguessable, and nothing about the person.
 */
export function createBadgesService(db: Db, clock: () => number) {
  const badges = createBadgesRepo(db);
  const attendees = createAttendeesRepo(db);
  const changes = createChangesRepo(db);

  function newToken(): string {
    // A collision of 128 random bits will not happen; checking costs one index lookup.
    for (;;) {
      const token = encodeToken(randomBytes(TOKEN_BYTES));
      if (!badges.tokenTaken(token)) return token;
    }
  }

  function issue(registrationId: number, now: string, operator: string, reissue: boolean) {
    const token = newToken();
    if (reissue) badges.replaceCurrent(registrationId, now);
    badges.insert(registrationId, token, now);
    changes.add({
      registrationId,
      day: null,
      sessionId: null,
      action: reissue ? 'badge_reissued' : 'badge_issued',
      method: null,
      before: null,
      after: null,
      operator,
      changedAt: now,
    });
    return { registrationId, token, issuedAt: now };
  }

  /** The current token of each registration, issuing the missing ones; the meeting's coming people by default. */
  const tokens = db.transaction((meetingId: number, ids?: number[]): IssuedToken[] => {
    const wanted =
      ids ??
      attendees
        .attendees(meetingId)
        .filter((r) => (ACTIVE_STATUSES as readonly string[]).includes(r.status))
        .map((r) => r.registrationId);
    const current = badges.tokens(meetingId, wanted);
    const now = new Date(clock()).toISOString();
    return wanted.map((registrationId, i) => {
      const found = current.get(registrationId);
      if (found) return { registrationId, ...found };
      const card = attendees.card(registrationId);
      if (!card || card.meetingId !== meetingId)
        throw invalidField(['registrationIds', i], 'errors.notAParticipant');
      return issue(registrationId, now, '', false);
    });
  });

  const reissue = db.transaction((registrationId: number, operator: string): IssuedToken => {
    if (!attendees.card(registrationId)) throw notFound('The registration');
    const had = badges.current(registrationId) !== null;
    return issue(registrationId, new Date(clock()).toISOString(), operator, had);
  });

  return {
    tokens: (meetingId: number, ids?: number[]): IssuedToken[] => tokens(meetingId, ids),
    reissue: (registrationId: number, operator: string): IssuedToken =>
      reissue(registrationId, operator),
  };
}
