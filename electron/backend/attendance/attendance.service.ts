import type { Db } from '../db/connection';
import { invalidField, notFound } from '../errors';
import { createSettingsRepo } from '../settings/settings.repo';
import {
  countAttendance,
  isExpectedOn,
  sessionAudience,
  type CheckInMethod,
} from '../../../shared/domain/attendance';
import { sortName } from '../../../shared/domain/people';
import { daysBetween, localToInstant, todayIn } from '../../../shared/domain/time';
import { parseMinute } from '../../../shared/domain/agenda';
import { createAttendanceRepo, type DayRecord } from './attendance.repo';
import { createAttendeesRepo, type AttendeeRow } from './attendees.repo';
import { createBadgesRepo } from './badges.repo';
import { createChangesRepo } from './changes.repo';
import type { DeskService } from './desk.service';
import type {
  Counters,
  DayRow,
  PersonAttendance,
  RosterRow,
  SessionInfo,
  SessionSummary,
} from './types';

/** Where the registrar's name is remembered, so every change they make is signed with it. */
export const OPERATOR_KEY = 'attendance.operator';

/** A day set right by hand: present or not, and the wall-clock times in and out. */
export interface DayCorrection {
  registrationId: number;
  day: string;
  present: boolean;
  checkInTime: string | null;
  checkOutTime: string | null;
  operator: string;
}

const audienceOf = (session: SessionInfo, r: AttendeeRow) =>
  sessionAudience(session, {
    registrationId: r.registrationId,
    policeRegion: r.policeRegion,
    organisationType: r.organisationType,
  });

/** Expected at a session: expected on its day and meant for it. */
const expectedAt = (session: SessionInfo, r: AttendeeRow) =>
  isExpectedOn(r, session.day) && audienceOf(session, r) === 'expected';

/** The session as the contract shows it (without the ids of its people). */
function shown(session: SessionInfo) {
  const { people: _omit, ...rest } = session;
  return rest;
}

/**
 * Attendance outside the desk's hot path: figures, rosters, a person's days and sessions, and
 * corrections, each logged with the operator who made it.
 */
export function createAttendanceService(db: Db, clock: () => number, desk: DeskService) {
  const attendees = createAttendeesRepo(db);
  const records = createAttendanceRepo(db);
  const badges = createBadgesRepo(db);
  const changes = createChangesRepo(db);
  const settings = createSettingsRepo(db);
  const nowIso = () => new Date(clock()).toISOString();

  function session(id: number): SessionInfo {
    const found = attendees.session(id);
    if (!found) throw invalidField(['sessionId'], 'errors.sessionMissing');
    return found;
  }

  function registration(id: number) {
    const card = attendees.card(id);
    if (!card) throw notFound('The registration');
    return card;
  }

  function counters(meetingId: number, day: string, sessionId: number | null): Counters {
    const at = desk.place({ meetingId, day, sessionId });
    if (at.session) {
      const s = at.session;
      const came = records.sessionAttendance(s.id);
      return countAttendance(
        attendees.attendees(meetingId).map((r) => ({
          expected: expectedAt(s, r),
          policeRegion: r.policeRegion,
          checkedIn: came.has(r.registrationId),
        })),
      );
    }
    return countAttendance(
      records.counterRows(meetingId, day).map((r) => ({ ...r, expected: isExpectedOn(r, day) })),
    );
  }

  function rosterRow(s: SessionInfo, r: AttendeeRow): RosterRow {
    const record = records.session(s.id, r.registrationId);
    return {
      registrationId: r.registrationId,
      name: sortName(r),
      organisationName: r.organisationName,
      countryCode: r.countryCode,
      policeRegion: r.policeRegion,
      organisationType: r.organisationType,
      status: r.status,
      audience: audienceOf(s, r),
      checkedInAt: record?.checkedInAt ?? null,
      method: record?.method ?? null,
      operator: record?.operator ?? '',
    };
  }

  /** Who a session is for (expected that day and meant for it) and whoever came. */
  function roster(sessionId: number) {
    const s = session(sessionId);
    const came = records.sessionAttendance(s.id);
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const rows = attendees
      .attendees(s.meetingId)
      .filter((r) => came.has(r.registrationId) || expectedAt(s, r))
      .map((r) => rosterRow(s, r))
      .sort((a, b) => collator.compare(a.name, b.name) || a.registrationId - b.registrationId);
    return { session: shown(s), timeZone: desk.meeting(s.meetingId).timeZone, rows };
  }

  const setSession = db.transaction(
    (sessionId: number, registrationId: number, present: boolean, operator: string) => {
      const s = session(sessionId);
      const card = registration(registrationId);
      if (card.meetingId !== s.meetingId)
        throw invalidField(['registrationId'], 'errors.notAParticipant');
      const before = records.session(s.id, registrationId);
      const now = nowIso();
      if (present && !before) {
        records.insertSession(s.id, registrationId, {
          checkedInAt: now,
          method: 'roster',
          operator,
        });
        // Ticked on a session's roster means present that day too.
        if (!records.day(registrationId, s.day))
          records.insertDay(registrationId, s.day, {
            checkedInAt: now,
            checkedOutAt: null,
            method: 'session',
            operator,
          });
      } else if (!present && before) records.deleteSession(s.id, registrationId);
      if (present !== (before !== null))
        changes.add({
          registrationId,
          day: null,
          sessionId: s.id,
          action: 'correct',
          method: 'roster',
          before: before ? JSON.stringify({ checkedInAt: before.checkedInAt }) : null,
          after: present ? JSON.stringify({ checkedInAt: now }) : null,
          operator,
          changedAt: now,
        });
      return rosterRow(s, attendees.byIds([registrationId])[0]!);
    },
  );

  function person(registrationId: number): PersonAttendance {
    const card = registration(registrationId);
    const meeting = desk.meeting(card.meetingId);
    const recorded = new Map(records.days(registrationId).map((d) => [d.day, d]));
    const attended = records.sessionsOf(registrationId);
    const row = attendees.byIds([registrationId])[0]!;
    const badge = badges.current(registrationId);
    return {
      registrationId,
      timeZone: meeting.timeZone,
      days: daysBetween(meeting.startDate, meeting.endDate).map((day) => {
        const r = recorded.get(day);
        return {
          day,
          expected: isExpectedOn(card, day),
          checkedInAt: r?.checkedInAt ?? null,
          checkedOutAt: r?.checkedOutAt ?? null,
          method: r?.method ?? null,
          operator: r?.operator ?? '',
        };
      }),
      // The sessions they attended, and those meant for them in particular (their region's
      // workshop, the sessions they hold a place on); plenaries for everyone would drown them.
      sessions: attendees
        .sessions(card.meetingId)
        .filter(
          (s) =>
            attended.has(s.id) ||
            s.people.includes(registrationId) ||
            (s.type === 'regional_workshop' && s.region !== null && s.region === row.policeRegion),
        )
        .map((s) => ({
          ...shown(s),
          audience: audienceOf(s, row),
          checkedInAt: attended.get(s.id)?.checkedInAt ?? null,
        })),
      history: changes.of(registrationId).map(({ sessionId: _s, ...c }) => c),
      badge: badge
        ? { issuedAt: badge.issuedAt, collectedAt: badge.collectedAt, reissued: badge.reissued }
        : null,
      deskNote: card.deskNote,
    };
  }

  /** The instant of a wall-clock time on a meeting day, in the meeting's zone. */
  function instantOf(day: string, time: string, timeZone: string): string {
    return localToInstant(day, parseMinute(time)!, timeZone);
  }

  const setDay = db.transaction((input: DayCorrection) => {
    const card = registration(input.registrationId);
    const meeting = desk.meeting(card.meetingId);
    if (!daysBetween(meeting.startDate, meeting.endDate).includes(input.day))
      throw invalidField(['day'], 'errors.dayNotInMeeting');
    const before = records.day(input.registrationId, input.day);
    const now = nowIso();
    let after: DayRecord | null = null;
    if (input.present) {
      const method: CheckInMethod = before?.method ?? 'correction';
      const checkedInAt = input.checkInTime
        ? instantOf(input.day, input.checkInTime, meeting.timeZone)
        : (before?.checkedInAt ?? now);
      const checkedOutAt = input.checkOutTime
        ? instantOf(input.day, input.checkOutTime, meeting.timeZone)
        : null;
      if (checkedOutAt && checkedOutAt < checkedInAt)
        throw invalidField(['checkOutTime'], 'errors.outBeforeIn');
      after = { checkedInAt, checkedOutAt, method, operator: input.operator };
      if (before) records.updateDay(input.registrationId, input.day, after);
      else records.insertDay(input.registrationId, input.day, after);
    } else if (before) records.deleteDay(input.registrationId, input.day);
    const times = (r: DayRecord | null) =>
      r ? JSON.stringify({ checkedInAt: r.checkedInAt, checkedOutAt: r.checkedOutAt }) : null;
    if (times(before) !== times(after))
      changes.add({
        registrationId: input.registrationId,
        day: input.day,
        sessionId: null,
        action: 'correct',
        method: 'correction',
        before: times(before),
        after: times(after),
        operator: input.operator,
        changedAt: now,
      });
  });

  const setDeskNote = db.transaction((registrationId: number, note: string, operator: string) => {
    const card = registration(registrationId);
    if (card.deskNote === note) return;
    const now = nowIso();
    attendees.setDeskNote(registrationId, note, now);
    changes.add({
      registrationId,
      day: null,
      sessionId: null,
      action: 'desk_note',
      method: null,
      before: card.deskNote || null,
      after: note || null,
      operator,
      changedAt: now,
    });
  });

  function day(meetingId: number, day: string) {
    desk.place({ meetingId, day, sessionId: null });
    const came = records.checkedInOn(meetingId, day);
    const out = new Map<number, string | null>();
    const rows: DayRow[] = [];
    for (const r of attendees.attendees(meetingId)) {
      const expected = isExpectedOn(r, day);
      const checkedInAt = came.get(r.registrationId) ?? null;
      if (!expected && !checkedInAt) continue;
      if (checkedInAt) out.set(r.registrationId, records.day(r.registrationId, day)!.checkedOutAt);
      rows.push({
        registrationId: r.registrationId,
        name: sortName(r),
        organisationName: r.organisationName,
        countryCode: r.countryCode,
        policeRegion: r.policeRegion,
        email: r.email,
        phone: r.phone,
        role: r.role,
        status: r.status,
        expected,
        checkedInAt,
        checkedOutAt: out.get(r.registrationId) ?? null,
      });
    }
    const everyone = attendees.attendees(meetingId);
    const sessions: SessionSummary[] = attendees.sessionsOn(meetingId, day).map((s) => {
      const attended = records.sessionAttendance(s.id);
      return {
        ...shown(s),
        expected: everyone.filter((r) => expectedAt(s, r)).length,
        attended: attended.size,
      };
    });
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    rows.sort((a, b) => collator.compare(a.name, b.name) || a.registrationId - b.registrationId);
    return { day, rows, sessions };
  }

  function presence(meetingId: number) {
    const meeting = desk.meeting(meetingId);
    const today = todayIn(meeting.timeZone, clock());
    const isMeetingDay = daysBetween(meeting.startDate, meeting.endDate).includes(today);
    if (!isMeetingDay) return { today, isMeetingDay, present: [], notArrived: [] };
    const came = records.checkedInOn(meetingId, today);
    const notArrived = attendees
      .attendees(meetingId)
      .filter((r) => isExpectedOn(r, today) && !came.has(r.registrationId))
      .map((r) => r.registrationId);
    return { today, isMeetingDay, present: [...came.keys()], notArrived };
  }

  return {
    counters,
    roster,
    setSession: (
      sessionId: number,
      registrationId: number,
      present: boolean,
      operator: string,
    ): RosterRow => setSession(sessionId, registrationId, present, operator),
    person,
    setDay(input: DayCorrection): PersonAttendance {
      setDay(input);
      return person(input.registrationId);
    },
    setDeskNote(registrationId: number, note: string, operator: string): PersonAttendance {
      setDeskNote(registrationId, note, operator);
      return person(registrationId);
    },
    day,
    presence,
    desk(meetingId: number, sessionId: number | null) {
      const at = desk.place({ meetingId, day: null, sessionId });
      const meeting = desk.meeting(meetingId);
      return {
        meeting: {
          id: meeting.id,
          title: meeting.title,
          timeZone: meeting.timeZone,
          days: daysBetween(meeting.startDate, meeting.endDate),
        },
        today: todayIn(meeting.timeZone, clock()),
        session: at.session ? shown(at.session) : null,
        operator: settings.get(OPERATOR_KEY) ?? '',
      };
    },
    setOperator(operator: string): { operator: string } {
      settings.set(OPERATOR_KEY, operator);
      return { operator };
    },
  };
}

export type AttendanceService = ReturnType<typeof createAttendanceService>;
