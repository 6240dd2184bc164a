import type { Db } from '../db/connection';

/** A badge found by the token it carries, with the meeting its registration belongs to. */
export interface TokenHolder {
  badgeId: number;
  registrationId: number;
  personId: number;
  meetingId: number;
  meetingTitle: string;
  replacedAt: string | null;
  collectedAt: string | null;
}

export interface CurrentBadge {
  id: number;
  token: string;
  issuedAt: string;
  collectedAt: string | null;
  /** An earlier badge of this registration was replaced by this one. */
  reissued: boolean;
}

/** SQL for badges: one current token per registration, earlier ones kept to recognise them. */
export function createBadgesRepo(db: Db) {
  const s = {
    byToken: db.prepare<
      [string],
      {
        id: number;
        registration_id: number;
        person_id: number;
        meeting_id: number;
        title: string;
        replaced_at: string | null;
        collected_at: string | null;
      }
    >(`
      SELECT b.id, b.registration_id, r.person_id, r.meeting_id, m.title, b.replaced_at,
        b.collected_at
      FROM badge b JOIN registration r ON r.id = b.registration_id
      JOIN meeting m ON m.id = r.meeting_id
      WHERE b.token = ?`),
    current: db.prepare<
      [number],
      { id: number; token: string; issued_at: string; collected_at: string | null; older: number }
    >(`
      SELECT id, token, issued_at, collected_at,
        EXISTS (SELECT 1 FROM badge o WHERE o.registration_id = b.registration_id
          AND o.replaced_at IS NOT NULL) AS older
      FROM badge b WHERE registration_id = ? AND replaced_at IS NULL`),
    insert: db.prepare<[number, string, string]>(
      'INSERT INTO badge (registration_id, token, issued_at) VALUES (?, ?, ?)',
    ),
    replace: db.prepare<[string, number]>(
      'UPDATE badge SET replaced_at = ? WHERE registration_id = ? AND replaced_at IS NULL',
    ),
    collect: db.prepare<[string, number]>(
      'UPDATE badge SET collected_at = ? WHERE id = ? AND collected_at IS NULL',
    ),
    tokens: db.prepare<
      [number, string],
      { registration_id: number; token: string; issued_at: string }
    >(`
      SELECT b.registration_id, b.token, b.issued_at FROM badge b
      JOIN registration r ON r.id = b.registration_id
      WHERE r.meeting_id = ? AND b.replaced_at IS NULL
        AND b.registration_id IN (SELECT value FROM json_each(?))`),
    uncollect: db.prepare<[number, string]>(
      `UPDATE badge SET collected_at = NULL
       WHERE registration_id = ? AND replaced_at IS NULL AND collected_at = ?`,
    ),
    exists: db.prepare<[string], number>('SELECT 1 FROM badge WHERE token = ?').pluck(),
  };

  return {
    byToken(token: string): TokenHolder | null {
      const r = s.byToken.get(token);
      return r
        ? {
            badgeId: r.id,
            registrationId: r.registration_id,
            personId: r.person_id,
            meetingId: r.meeting_id,
            meetingTitle: r.title,
            replacedAt: r.replaced_at,
            collectedAt: r.collected_at,
          }
        : null;
    },
    current(registrationId: number): CurrentBadge | null {
      const r = s.current.get(registrationId);
      return r
        ? {
            id: r.id,
            token: r.token,
            issuedAt: r.issued_at,
            collectedAt: r.collected_at,
            reissued: r.older === 1,
          }
        : null;
    },
    tokenTaken: (token: string): boolean => s.exists.get(token) !== undefined,
    insert(registrationId: number, token: string, now: string): void {
      s.insert.run(registrationId, token, now);
    },
    /** Marks the current badge replaced; the caller then inserts the new one. */
    replaceCurrent(registrationId: number, now: string): void {
      s.replace.run(now, registrationId);
    },
    /** Records that the badge was handed over (the first time only). */
    collect(badgeId: number, now: string): void {
      s.collect.run(now, badgeId);
    },
    /** Takes back a handing-over recorded at `at` (an undone check-in), if nothing changed since. */
    uncollect(registrationId: number, at: string): void {
      s.uncollect.run(registrationId, at);
    },
    /** The current tokens of these registrations of the meeting, by registration. */
    tokens(
      meetingId: number,
      registrationIds: number[],
    ): Map<number, { token: string; issuedAt: string }> {
      return new Map(
        s.tokens
          .all(meetingId, JSON.stringify(registrationIds))
          .map((r) => [r.registration_id, { token: r.token, issuedAt: r.issued_at }]),
      );
    },
  };
}

export type BadgesRepo = ReturnType<typeof createBadgesRepo>;
