import { z } from 'zod';
import { channel } from './channel';
import { id, multilineText, searchText, text } from './zod-messages';
import { PersonInput } from './people';
import { ExportFile } from './registrations';
export { AttendanceSnapshot } from './attendance-snapshot';
import { badgeChannels } from './attendance-badges';
import { CHANGE_ACTIONS, CHECK_IN_METHODS, SCAN_OUTCOMES } from '../domain/attendance';
import { SCAN_LAYOUTS } from '../domain/badge-token';
import { SESSION_TYPES } from '../domain/agenda';
import { ORGANISATION_TYPES, POLICE_REGIONS, ROLES, STATUSES } from '../domain/people';
import { isCalendarDay } from '../domain/time';

const day = z.string().refine(isCalendarDay, { error: 'errors.invalidDate' });
/** The registrar at the desk, as they typed their name (remembered in settings). */
const operator = text(80).default('');
const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'errors.invalidTime' })
  .nullable()
  .default(null);
const instant = z.string();

/** What the desk shows of a person: what the registrar needs, no photo. */
export const DeskCard = z.object({
  registrationId: z.number(),
  personId: z.number(),
  name: z.string(),
  badgeName: z.string(),
  organisationName: z.string(),
  organisationAcronym: z.string(),
  countryCode: z.string().nullable(),
  policeRegion: z.enum(POLICE_REGIONS).nullable(),
  role: z.enum(ROLES),
  status: z.enum(STATUSES),
  dietary: z.string(),
  accessibility: z.string(),
  visaLetter: z.boolean(),
  deskNote: z.string(),
  /** Expected on the desk's day (coming, and planning that day or every day). */
  expected: z.boolean(),
  /** none: no badge printed yet; to_collect: printed, to hand over now; collected. */
  badge: z.enum(['none', 'to_collect', 'collected']),
  /** The badge to hand over replaces an earlier one. */
  badgeReissued: z.boolean(),
  /** At a session's door: whether the session is meant for this person. */
  audience: z.enum(['expected', 'other', 'refused']).nullable(),
});

/** One person found by a typed name, organisation or country. */
export const DeskMatch = z.object({
  registrationId: z.number(),
  name: z.string(),
  organisationName: z.string(),
  countryCode: z.string().nullable(),
  status: z.enum(STATUSES),
  /** When they were checked in on the desk's day (or at its session), if they were. */
  checkedInAt: instant.nullable(),
});

/**
 * What an undo takes back: exactly the rows a check-in wrote, or the check-out time it set (and
 * the one before), refused when they were changed since.
 */
export const UndoRef = z.object({
  registrationId: id,
  day,
  sessionId: id.nullable(),
  dayCheckedInAt: instant.nullable(),
  sessionCheckedInAt: instant.nullable(),
  checkedOutAt: instant.nullable().default(null),
  previousCheckedOutAt: instant.nullable().default(null),
  /** The badge was marked handed over by this check-in: the undo marks it to collect again. */
  badgeCollectedAt: instant.nullable().default(null),
});

/** The desk's answer to a scan, a pick from the list or a walk-in. */
export const DeskAnswer = z.object({
  outcome: z.enum(SCAN_OUTCOMES),
  card: DeskCard.nullable(),
  /** When the person was checked in: now, or earlier for "already". */
  checkedInAt: instant.nullable(),
  /** When the person was checked out, for a check-out. */
  checkedOutAt: instant.nullable(),
  /** The same badge read again within two seconds: nothing new was recorded. */
  repeat: z.boolean(),
  /** The keyboard layout the token had to be read back from, when not a Latin one. */
  layout: z.enum(SCAN_LAYOUTS).nullable(),
  unreadable: z.enum(['not_a_badge', 'layout']).nullable(),
  /** For a re-issued badge: when it was replaced. */
  replacedAt: instant.nullable(),
  /** For another meeting's badge: that meeting's title. */
  otherMeeting: z.string().nullable(),
  /** People to pick from: the typed search's, or the badge holder when registered here too. */
  matches: z.array(DeskMatch),
  undo: UndoRef.nullable(),
});

export const DeskSession = z.object({
  id: z.number(),
  meetingId: z.number(),
  title: z.string(),
  type: z.enum(SESSION_TYPES),
  day: z.string(),
  startMinute: z.number(),
  endMinute: z.number(),
  region: z.enum(POLICE_REGIONS).nullable(),
  restricted: z.boolean(),
  roomName: z.string(),
});

export const DeskInfo = z.object({
  meeting: z.object({
    id: z.number(),
    title: z.string(),
    timeZone: z.string(),
    days: z.array(z.string()),
  }),
  /** Today in the meeting's time zone. */
  today: z.string(),
  session: DeskSession.nullable(),
  operator: z.string(),
});

export const Counters = z.object({
  expected: z.number(),
  checkedIn: z.number(),
  expectedCheckedIn: z.number(),
  byRegion: z.array(
    z.object({
      region: z.enum(POLICE_REGIONS).nullable(),
      expected: z.number(),
      checkedIn: z.number(),
    }),
  ),
});

const method = z.enum(CHECK_IN_METHODS);

export const RosterRow = z.object({
  registrationId: z.number(),
  name: z.string(),
  organisationName: z.string(),
  countryCode: z.string().nullable(),
  policeRegion: z.enum(POLICE_REGIONS).nullable(),
  organisationType: z.enum(ORGANISATION_TYPES).nullable(),
  status: z.enum(STATUSES),
  audience: z.enum(['expected', 'other', 'refused']),
  checkedInAt: instant.nullable(),
  method: method.nullable(),
  operator: z.string(),
});

/** One person on a day: expected, came, or both, with how to reach them. */
export const DayRow = z.object({
  registrationId: z.number(),
  name: z.string(),
  organisationName: z.string(),
  countryCode: z.string().nullable(),
  policeRegion: z.enum(POLICE_REGIONS).nullable(),
  email: z.string(),
  phone: z.string(),
  role: z.enum(ROLES),
  status: z.enum(STATUSES),
  expected: z.boolean(),
  checkedInAt: instant.nullable(),
  checkedOutAt: instant.nullable(),
});

export const SessionSummary = DeskSession.extend({ expected: z.number(), attended: z.number() });

/** A person's attendance in one meeting, at a glance, with every change made to it. */
export const PersonAttendance = z.object({
  registrationId: z.number(),
  timeZone: z.string(),
  days: z.array(
    z.object({
      day: z.string(),
      expected: z.boolean(),
      checkedInAt: instant.nullable(),
      checkedOutAt: instant.nullable(),
      method: method.nullable(),
      operator: z.string(),
    }),
  ),
  sessions: z.array(
    DeskSession.extend({
      audience: z.enum(['expected', 'other', 'refused']),
      checkedInAt: instant.nullable(),
    }),
  ),
  history: z.array(
    z.object({
      action: z.enum(CHANGE_ACTIONS),
      day: z.string().nullable(),
      sessionTitle: z.string().nullable(),
      method: method.nullable(),
      before: z.string().nullable(),
      after: z.string().nullable(),
      operator: z.string(),
      changedAt: instant,
    }),
  ),
  badge: z
    .object({ issuedAt: instant, collectedAt: instant.nullable(), reissued: z.boolean() })
    .nullable(),
  deskNote: z.string(),
});

const place = { meetingId: id, day: day.nullable(), sessionId: id.nullable().default(null) };

export const attendanceChannels = {
  /** The desk's frame: the meeting's days, today in its zone, the session at whose door it is. */
  'attendance.desk': channel(
    z.object({ meetingId: id, sessionId: id.nullable().default(null) }),
    DeskInfo,
  ),
  /** Checked in / expected on a day (or at a session), by region. */
  'attendance.counters': channel(z.object({ ...place, day }), Counters),
  /**
   * What the field held when Enter was pressed: a badge token (checked in at once), scanner output
   * that is no badge, or a name to search. `mode: 'out'` checks out instead.
   */
  'attendance.scan': channel(
    z.object({
      ...place,
      // What a scanner typed, Enter included (\r or \n): only matched against badges, never stored.
      text: searchText(1000),
      mode: z.enum(['in', 'out']).default('in'),
      operator,
    }),
    DeskAnswer,
  ),
  /** The meeting's people matching a typed name, organisation or country (3+ letters, accents ignored). */
  'attendance.find': channel(
    z.object({ ...place, query: searchText(200) }),
    z.object({ query: z.string(), matches: z.array(DeskMatch), total: z.number() }),
  ),
  /** Checks in (or out) one registration picked from the list. */
  'attendance.checkIn': channel(
    z.object({
      ...place,
      registrationId: id,
      mode: z.enum(['in', 'out']).default('in'),
      operator,
    }),
    DeskAnswer,
  ),
  /** Takes back a check-in; `conflict` when its rows were changed since. */
  'attendance.undo': channel(
    z.object({ undo: UndoRef, operator }),
    z.object({ undone: z.boolean() }),
  ),
  /** People already known by this email or name: the walk-in form offers them instead. */
  'attendance.walkInMatches': channel(
    z.object({
      meetingId: id,
      givenNames: z.string().max(200).default(''),
      familyNames: z.string().max(200).default(''),
      email: z.string().max(254).default(''),
    }),
    z.array(
      z.object({
        personId: z.number(),
        name: z.string(),
        email: z.string(),
        organisationName: z.string(),
        countryCode: z.string().nullable(),
        reason: z.enum(['email', 'name']),
        registrationId: z.number().nullable(),
        status: z.enum(STATUSES).nullable(),
      }),
    ),
  ),
  /**
   * Registers someone who came unannounced and checks them in, in one step: a new person, or a
   * known one (`personId`). A new person already known by email or name is refused (`conflict`)
   * unless `createAnyway` (namesakes exist).
   */
  'attendance.walkIn': channel(
    z.object({
      ...place,
      day,
      personId: id.optional(),
      person: PersonInput.optional(),
      role: z.enum(ROLES).default('delegate'),
      createAnyway: z.boolean().default(false),
      operator,
    }),
    DeskAnswer,
  ),
  /** A session's roster: who it is meant for and who came. */
  'attendance.roster': channel(
    z.object({ sessionId: id }),
    z.object({ session: DeskSession, timeZone: z.string(), rows: z.array(RosterRow) }),
  ),
  /** Ticks or unticks a person on a session's roster (a correction, logged with its operator). */
  'attendance.setSession': channel(
    z.object({ sessionId: id, registrationId: id, present: z.boolean(), operator }),
    RosterRow,
  ),
  /** Corrects a day: present or not, and the times in and out (wall clock in the meeting's zone). */
  'attendance.setDay': channel(
    z.object({
      registrationId: id,
      day,
      present: z.boolean(),
      checkInTime: time,
      checkOutTime: time,
      operator,
    }),
    PersonAttendance,
  ),
  'attendance.person': channel(z.object({ registrationId: id }), PersonAttendance),
  'attendance.setDeskNote': channel(
    z.object({ registrationId: id, note: multilineText(1000), operator }),
    PersonAttendance,
  ),
  /** Everyone expected or present on a day, with contact details, for today's view. */
  'attendance.day': channel(
    z.object({ meetingId: id, day }),
    z.object({ day: z.string(), rows: z.array(DayRow), sessions: z.array(SessionSummary) }),
  ),
  /** Who is present today and who is expected but not yet arrived (the participants filter). */
  'attendance.presence': channel(
    z.object({ meetingId: id }),
    z.object({
      today: z.string(),
      isMeetingDay: z.boolean(),
      present: z.array(z.number()),
      notArrived: z.array(z.number()),
    }),
  ),
  /** The people expected on a day who have not come, as CSV or XLSX (formula-safe). */
  'attendance.exportNotArrived': channel(
    z.object({
      meetingId: id,
      day,
      format: z.enum(['csv', 'xlsx']),
      language: z.enum(['en', 'fr']).default('en'),
    }),
    ExportFile,
  ),
  /** The current badge token of each registration (of the meeting's coming people when none given), issuing missing ones. */
  'attendance.badgeTokens': channel(
    z.object({ meetingId: id, registrationIds: z.array(id).max(100_000).optional() }),
    z.array(z.object({ registrationId: z.number(), token: z.string(), issuedAt: instant })),
  ),
  /** A new badge token; the old badge is answered "re-issued" at the desk from now on. */
  'attendance.reissueBadge': channel(
    z.object({ registrationId: id, operator }),
    z.object({ registrationId: z.number(), token: z.string(), issuedAt: instant }),
  ),
  'attendance.setOperator': channel(
    z.object({ operator: text(80) }),
    z.object({ operator: z.string() }),
  ),
  ...badgeChannels,
};
