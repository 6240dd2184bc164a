import type { Db } from '../db/connection';
import { DomainError, invalidField, notFound } from '../errors';
import { createMeetingsRepo } from '../meetings/meetings.repo';
import { createRegistrationsRepo } from '../registrations/registrations.repo';
import { searchMatch } from '../people/search-terms';
import {
  isRefusedStatus,
  isRepeatScan,
  type CheckInMethod,
} from '../../../shared/domain/attendance';
import { readScan, type ScanLayout } from '../../../shared/domain/badge-token';
import { sortName } from '../../../shared/domain/people';
import { daysBetween } from '../../../shared/domain/time';
import type { Meeting } from '../../../shared/domain/meeting';
import { createAttendanceRepo } from './attendance.repo';
import { createAttendeesRepo, type CardRow } from './attendees.repo';
import { createBadgesRepo, type TokenHolder } from './badges.repo';
import { createChangesRepo } from './changes.repo';
import { answer, deskCard, type Place } from './desk-answers';
import type { DeskAnswer, DeskMatch, UndoRef } from './types';

/** At most this many people are listed for a typed search; the rest are counted. */
const MAX_MATCHES = 20;
/** Fewer typed letters than this would list half the meeting. */
export const MIN_QUERY = 3;

export interface DeskCall {
  meetingId: number;
  day: string | null;
  sessionId: number | null;
  operator: string;
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * The check-in desk: a scan, a pick from the list, an undo. Each is one transaction, and the
 * clock decides what "now" is (tests fix it).
 */
export function createDeskService(db: Db, clock: () => number) {
  const meetings = createMeetingsRepo(db);
  const registrations = createRegistrationsRepo(db);
  const attendees = createAttendeesRepo(db);
  const records = createAttendanceRepo(db);
  const badges = createBadgesRepo(db);
  const changes = createChangesRepo(db);

  function meeting(id: number): Meeting {
    const found = meetings.get(id);
    if (!found) throw notFound('The meeting');
    return found;
  }

  /** The place a call names, checked: the day within the meeting, the session one of its own. */
  function place(call: Pick<DeskCall, 'meetingId' | 'day' | 'sessionId'>): Place {
    const m = meeting(call.meetingId);
    if (call.sessionId !== null) {
      const session = attendees.session(call.sessionId);
      if (!session || session.meetingId !== m.id)
        throw invalidField(['sessionId'], 'errors.sessionMissing');
      return { meetingId: m.id, day: session.day, session };
    }
    if (call.day !== null && !daysBetween(m.startDate, m.endDate).includes(call.day))
      throw invalidField(['day'], 'errors.dayNotInMeeting');
    return { meetingId: m.id, day: call.day, session: null };
  }

  function cardAnswer(row: CardRow, at: Place, more: Partial<DeskAnswer>): DeskAnswer {
    return answer(more.outcome ?? 'checked_in', {
      card: deskCard(row, at, badges.current(row.registrationId)),
      ...more,
    });
  }

  /**
   * Checks one registration in at the place. A second read of the same badge within two seconds
   * answers like the first and records nothing; a later one says when the first was.
   */
  function checkIn(
    row: CardRow,
    at: Place,
    method: CheckInMethod,
    operator: string,
    scanned: TokenHolder | null,
    layout: ScanLayout | null,
  ): DeskAnswer {
    const base = { layout };
    if (isRefusedStatus(row.status)) return cardAnswer(row, at, { ...base, outcome: 'cancelled' });
    const now = clock();
    const nowIso = new Date(now).toISOString();
    const badge = badges.current(row.registrationId);
    const card = deskCard(row, at, badge);
    const day = (at.session?.day ?? at.day)!;
    const undo: UndoRef = {
      registrationId: row.registrationId,
      day,
      sessionId: at.session?.id ?? null,
      dayCheckedInAt: null,
      sessionCheckedInAt: null,
      checkedOutAt: null,
      previousCheckedOutAt: null,
      badgeCollectedAt: null,
    };
    const dayRecord = records.day(row.registrationId, day);
    const previous = at.session
      ? records.session(at.session.id, row.registrationId)?.checkedInAt
      : dayRecord?.checkedInAt;
    if (previous) {
      if (!isRepeatScan(previous, now))
        return answer('already', { ...base, card, checkedInAt: previous });
      // The first read's undo still applies: it wrote the rows (and marked the badge handed over).
      const first = {
        badgeCollectedAt: badge?.collectedAt === previous ? previous : null,
        ...(at.session
          ? {
              sessionCheckedInAt: previous,
              // The day's check-in was written by that same session check-in (same instant).
              dayCheckedInAt: dayRecord?.checkedInAt === previous ? previous : null,
            }
          : { dayCheckedInAt: previous }),
      };
      return answer('checked_in', {
        ...base,
        card,
        checkedInAt: previous,
        repeat: true,
        undo: { ...undo, ...first },
      });
    }
    if (at.session && card.audience === 'refused') return answer('restricted', { ...base, card });

    const record = { checkedInAt: nowIso, method, operator };
    if (at.session) {
      records.insertSession(at.session.id, row.registrationId, record);
      changes.add(change(row.registrationId, null, at.session.id, method, nowIso, operator));
      undo.sessionCheckedInAt = nowIso;
    }
    if (!dayRecord) {
      // Present at a session means present that day.
      const dayMethod = at.session ? 'session' : method;
      records.insertDay(row.registrationId, day, {
        ...record,
        method: dayMethod,
        checkedOutAt: null,
      });
      changes.add(change(row.registrationId, day, null, dayMethod, nowIso, operator));
      undo.dayCheckedInAt = nowIso;
    }
    if (badge && !badge.collectedAt) {
      // Scanning the badge proves it was handed over; otherwise the desk hands it over now.
      badges.collect(badge.id, nowIso);
      undo.badgeCollectedAt = nowIso;
      if (scanned) card.badge = 'collected';
    }
    return answer('checked_in', { ...base, card, checkedInAt: nowIso, undo });
  }

  const change = (
    registrationId: number,
    day: string | null,
    sessionId: number | null,
    method: CheckInMethod,
    at: string,
    operator: string,
  ) => ({
    registrationId,
    day,
    sessionId,
    action: 'check_in' as const,
    method,
    before: null,
    after: json({ checkedInAt: at }),
    operator,
    changedAt: at,
  });

  function checkOut(row: CardRow, at: Place, operator: string, layout: ScanLayout | null) {
    if (at.session) throw invalidField(['mode'], 'errors.checkOutAtSession');
    const day = at.day!;
    const record = records.day(row.registrationId, day);
    if (!record) return cardAnswer(row, at, { outcome: 'not_checked_in', layout });
    const now = clock();
    const nowIso = new Date(now).toISOString();
    const base = { layout, checkedInAt: record.checkedInAt };
    if (record.checkedOutAt && isRepeatScan(record.checkedOutAt, now))
      return cardAnswer(row, at, {
        ...base,
        outcome: 'checked_out',
        checkedOutAt: record.checkedOutAt,
        repeat: true,
      });
    records.updateDay(row.registrationId, day, { ...record, checkedOutAt: nowIso });
    changes.add({
      registrationId: row.registrationId,
      day,
      sessionId: null,
      action: 'check_out',
      method: record.method,
      before: json({ checkedOutAt: record.checkedOutAt }),
      after: json({ checkedOutAt: nowIso }),
      operator,
      changedAt: nowIso,
    });
    return cardAnswer(row, at, {
      ...base,
      outcome: 'checked_out',
      checkedOutAt: nowIso,
      undo: {
        registrationId: row.registrationId,
        day,
        sessionId: null,
        dayCheckedInAt: null,
        sessionCheckedInAt: null,
        checkedOutAt: nowIso,
        previousCheckedOutAt: record.checkedOutAt,
        badgeCollectedAt: null,
      },
    });
  }

  function matchesFor(ids: readonly number[], at: Place): DeskMatch[] {
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const rows = attendees
      .byIds(ids)
      .map((r) => ({ r, key: sortName(r) }))
      .sort((a, b) => collator.compare(a.key, b.key) || a.r.registrationId - b.r.registrationId)
      .slice(0, MAX_MATCHES);
    return rows.map(({ r, key }) => ({
      registrationId: r.registrationId,
      name: key,
      organisationName: r.organisationName,
      countryCode: r.countryCode,
      status: r.status,
      checkedInAt: at.session
        ? (records.session(at.session.id, r.registrationId)?.checkedInAt ?? null)
        : at.day
          ? (records.day(r.registrationId, at.day)?.checkedInAt ?? null)
          : null,
    }));
  }

  function find(at: Place, query: string): { query: string; matches: DeskMatch[]; total: number } {
    const trimmed = query.trim();
    if ([...trimmed.replace(/\s/g, '')].length < MIN_QUERY)
      return { query: trimmed, matches: [], total: 0 };
    const match = searchMatch(trimmed);
    // Punctuation alone searches for nothing (an empty expression would list everyone).
    if (match === null) return { query: trimmed, matches: [], total: 0 };
    const ids = registrations.search(at.meetingId, match);
    return { query: trimmed, matches: matchesFor(ids, at), total: ids.length };
  }

  function cardRow(registrationId: number, meetingId: number): CardRow {
    const row = attendees.card(registrationId);
    if (!row || row.meetingId !== meetingId)
      throw invalidField(['registrationId'], 'errors.notAParticipant');
    return row;
  }

  /** What a badge's token tells: whose it is, or why it lets nobody in. */
  function scanToken(
    token: string,
    layout: ScanLayout | null,
    at: Place,
    mode: 'in' | 'out',
    operator: string,
  ): DeskAnswer {
    const holder = badges.byToken(token);
    if (!holder) return answer('unknown', { layout });
    if (holder.meetingId !== at.meetingId) {
      const here = attendees.registrationOf(at.meetingId, holder.personId);
      return answer('not_registered', {
        layout,
        otherMeeting: holder.meetingTitle,
        matches: here === null ? [] : matchesFor([here], at),
      });
    }
    const row = cardRow(holder.registrationId, at.meetingId);
    if (holder.replacedAt)
      return cardAnswer(row, at, { outcome: 'reissued', layout, replacedAt: holder.replacedAt });
    if (at.day === null && !at.session) return cardAnswer(row, at, { outcome: 'no_day', layout });
    if (mode === 'out') return checkOut(row, at, operator, layout);
    return checkIn(row, at, 'scan', operator, holder, layout);
  }

  const scan = db.transaction(
    (call: DeskCall & { text: string; mode: 'in' | 'out' }): DeskAnswer => {
      const at = place(call);
      const reading = readScan(call.text);
      if (reading.kind === 'unreadable')
        return answer('unreadable', { unreadable: reading.reason });
      if (reading.kind === 'text') {
        const found = find(at, reading.text);
        return answer(found.matches.length ? 'choose' : 'no_match', { matches: found.matches });
      }
      return scanToken(reading.token, reading.layout, at, call.mode, call.operator);
    },
  );

  const pick = db.transaction(
    (call: DeskCall & { registrationId: number; mode: 'in' | 'out' }): DeskAnswer => {
      const at = place(call);
      const row = cardRow(call.registrationId, at.meetingId);
      if (at.day === null && !at.session) return cardAnswer(row, at, { outcome: 'no_day' });
      if (call.mode === 'out') return checkOut(row, at, call.operator, null);
      return checkIn(row, at, 'search', call.operator, null, null);
    },
  );

  const undo = db.transaction((ref: UndoRef, operator: string): void => {
    const stale = () =>
      new DomainError('conflict', 'errors.undoCheckInChanged', [
        { path: ['undo'], message: 'errors.undoCheckInChanged' },
      ]);
    const nowIso = new Date(clock()).toISOString();
    const day = records.day(ref.registrationId, ref.day);
    const log = (sessionId: number | null, before: unknown, after: unknown) =>
      changes.add({
        registrationId: ref.registrationId,
        day: sessionId === null ? ref.day : null,
        sessionId,
        action: 'undo',
        method: null,
        before: json(before),
        after: json(after),
        operator,
        changedAt: nowIso,
      });
    if (ref.checkedOutAt) {
      if (!day || day.checkedOutAt !== ref.checkedOutAt) throw stale();
      records.updateDay(ref.registrationId, ref.day, {
        ...day,
        checkedOutAt: ref.previousCheckedOutAt,
      });
      log(null, { checkedOutAt: ref.checkedOutAt }, { checkedOutAt: ref.previousCheckedOutAt });
      return;
    }
    if (ref.sessionId !== null && ref.sessionCheckedInAt) {
      const record = records.session(ref.sessionId, ref.registrationId);
      if (record?.checkedInAt !== ref.sessionCheckedInAt) throw stale();
    }
    if (ref.dayCheckedInAt && (day?.checkedInAt !== ref.dayCheckedInAt || day.checkedOutAt))
      throw stale();
    if (ref.sessionId !== null && ref.sessionCheckedInAt) {
      records.deleteSession(ref.sessionId, ref.registrationId);
      log(ref.sessionId, { checkedInAt: ref.sessionCheckedInAt }, null);
    }
    if (ref.dayCheckedInAt) {
      records.deleteDay(ref.registrationId, ref.day);
      log(null, { checkedInAt: ref.dayCheckedInAt }, null);
    }
    if (ref.badgeCollectedAt) badges.uncollect(ref.registrationId, ref.badgeCollectedAt);
  });

  return {
    meeting,
    place,
    /** Enter in the desk's field: a badge's token, scanner output, or a name to look up. */
    scan: (call: DeskCall & { text: string; mode: 'in' | 'out' }): DeskAnswer => scan(call),
    /** Checks in (or out) someone picked from the list. */
    pick: (call: DeskCall & { registrationId: number; mode: 'in' | 'out' }): DeskAnswer =>
      pick(call),
    find: (call: Omit<DeskCall, 'operator'>, query: string) => find(place(call), query),
    undo: (ref: UndoRef, operator: string): void => undo(ref, operator),
    /** Checks in a registration (a walk-in's), inside the caller's transaction. */
    checkInRegistration(
      registrationId: number,
      at: Place,
      method: CheckInMethod,
      operator: string,
    ): DeskAnswer {
      return checkIn(cardRow(registrationId, at.meetingId), at, method, operator, null, null);
    },
  };
}

export type DeskService = ReturnType<typeof createDeskService>;
