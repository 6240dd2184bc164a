import { z } from 'zod';
import { channel } from './channel';
import { id, multilineText, requiredText, text } from './zod-messages';
import { MINUTES_PER_DAY, SESSION_PERSON_ROLES, SESSION_TYPES } from '../domain/agenda';
import { isCountryCode } from '../domain/countries';
import { ORGANISATION_TYPES, POLICE_REGIONS, STATUSES } from '../domain/people';
import { isCalendarDay } from '../domain/time';
import { ExportFile } from './registrations';

const day = z
  .string({ error: 'errors.required' })
  .refine((s) => s.length > 0, { error: 'errors.required' })
  .refine((s) => s.length === 0 || isCalendarDay(s), { error: 'errors.invalidDate' });

const minute = z
  .number({ error: 'errors.required' })
  .int({ error: 'errors.invalid' })
  .min(0, { error: 'errors.outsideDay' })
  .max(MINUTES_PER_DAY, { error: 'errors.outsideDay' });

const count = z.number().int({ error: 'errors.invalid' }).min(0).max(1_000_000);

/** Start before end, and at least a minute long: both said next to the end time. */
function checkTimes(value: { startMinute: number; endMinute: number }, ctx: z.RefinementCtx): void {
  if (value.startMinute >= MINUTES_PER_DAY)
    ctx.addIssue({ code: 'custom', path: ['startMinute'], message: 'errors.outsideDay' });
  if (value.endMinute === value.startMinute)
    ctx.addIssue({ code: 'custom', path: ['endMinute'], message: 'errors.zeroLengthSession' });
  else if (value.endMinute < value.startMinute)
    ctx.addIssue({ code: 'custom', path: ['endMinute'], message: 'errors.endBeforeStartTime' });
}

const placement = z.object({
  day,
  startMinute: minute,
  endMinute: minute,
  roomId: id.nullable().default(null),
  allRooms: z.boolean().default(false),
});

export const RoomInput = z.object({
  name: requiredText(100),
  capacity: count.nullable().default(null),
  location: text(200).default(''),
  closedDays: z.array(day).max(62, { error: 'errors.tooMany?max=62' }).default([]),
});
export type RoomInput = z.input<typeof RoomInput>;

export const SessionPersonInput = z.object({
  registrationId: id,
  role: z.enum(SESSION_PERSON_ROLES, { error: 'errors.invalid' }),
});

export const SessionInput = placement
  .extend({
    title: requiredText(200),
    type: z.enum(SESSION_TYPES, { error: 'errors.invalid' }),
    trackId: id.nullable().default(null),
    region: z.enum(POLICE_REGIONS).nullable().default(null),
    description: multilineText(5000).default(''),
    tentative: z.boolean().default(false),
    expectedAudience: count.nullable().default(null),
    restricted: z.boolean().default(false),
    presenterCountryCode: z
      .string()
      .refine(isCountryCode, { error: 'errors.unknownCountry' })
      .nullable()
      .default(null),
    presenterOrganisationId: id.nullable().default(null),
    people: z
      .array(SessionPersonInput)
      .max(200, { error: 'errors.tooMany?max=200' })
      .default([])
      .refine((list) => new Set(list.map((p) => p.registrationId)).size === list.length, {
        error: 'errors.personTwiceInSession',
      }),
  })
  .superRefine(checkTimes);
export type SessionInput = z.input<typeof SessionInput>;

export const SessionMove = placement.extend({ id }).superRefine(checkTimes);
export type SessionMove = z.input<typeof SessionMove>;

export const AwardInput = z.object({
  name: requiredText(200),
  recipientOrganisationId: id.nullable().default(null),
  recipientPersonId: id.nullable().default(null),
  recipientName: text(300).default(''),
  sessionId: id.nullable().default(null),
  citation: multilineText(5000).default(''),
});
export type AwardInput = z.input<typeof AwardInput>;

export const Room = z.object({
  id: z.number(),
  meetingId: z.number(),
  name: z.string(),
  capacity: z.number().nullable(),
  location: z.string(),
  position: z.number(),
  closedDays: z.array(z.string()),
});

export const Track = z.object({
  id: z.number(),
  meetingId: z.number(),
  name: z.string(),
  position: z.number(),
});

export const Session = z.object({
  id: z.number(),
  meetingId: z.number(),
  title: z.string(),
  type: z.enum(SESSION_TYPES),
  day: z.string(),
  startMinute: z.number(),
  endMinute: z.number(),
  roomId: z.number().nullable(),
  allRooms: z.boolean(),
  trackId: z.number().nullable(),
  region: z.enum(POLICE_REGIONS).nullable(),
  description: z.string(),
  tentative: z.boolean(),
  expectedAudience: z.number().nullable(),
  restricted: z.boolean(),
  presenterCountryCode: z.string().nullable(),
  presenterOrganisationId: z.number().nullable(),
  people: z.array(z.object({ registrationId: z.number(), role: z.enum(SESSION_PERSON_ROLES) })),
  updatedAt: z.string(),
});

export const AgendaPerson = z.object({
  registrationId: z.number(),
  personId: z.number(),
  name: z.string(),
  status: z.enum(STATUSES),
  organisationId: z.number().nullable(),
  organisationName: z.string(),
  organisationType: z.enum(ORGANISATION_TYPES).nullable(),
  countryCode: z.string().nullable(),
});

export const Award = z.object({
  id: z.number(),
  meetingId: z.number(),
  name: z.string(),
  recipientOrganisationId: z.number().nullable(),
  recipientPersonId: z.number().nullable(),
  recipientName: z.string(),
  sessionId: z.number().nullable(),
  citation: z.string(),
});

/** What undo and redo would do next, named for the menu and the tooltip. */
const HistoryStep = z.object({ action: z.string(), subject: z.string() }).nullable();

/** A meeting's whole agenda: what the timetable, the list and the clash finder need. */
export const Agenda = z.object({
  meeting: z.object({
    id: z.number(),
    title: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    timeZone: z.string(),
    languages: z.array(z.string()),
  }),
  rooms: z.array(Room),
  tracks: z.array(Track),
  typeColours: z.record(z.enum(SESSION_TYPES), z.string()),
  sessions: z.array(Session),
  /** Everyone assigned to a session, once, by registration. */
  people: z.array(AgendaPerson),
  /** Presenting organisations and award recipients named by id in sessions and awards. */
  organisations: z.array(z.object({ id: z.number(), name: z.string(), acronym: z.string() })),
  awards: z.array(Award),
  history: z.object({ undo: HistoryStep, redo: HistoryStep }),
});
export type Agenda = z.output<typeof Agenda>;

const withId = z.object({ agenda: Agenda, id: z.number() });
const byMeeting = z.object({ meetingId: id });

/** What stops a room or a participant from being removed: the sessions that still use them. */
export const InUseSession = z.object({
  id: z.number(),
  title: z.string(),
  day: z.string(),
  startMinute: z.number(),
});

export const agendaChannels = {
  'agenda.get': channel(byMeeting, Agenda),
  'agenda.createRoom': channel(z.object({ meetingId: id, room: RoomInput }), withId),
  'agenda.updateRoom': channel(z.object({ id, room: RoomInput }), Agenda),
  /**
   * Deletes a room. Sessions still in it are refused with `conflict` listing them, unless the
   * caller says what to do with them: take them out of any room, move them to another, or delete them.
   */
  'agenda.deleteRoom': channel(
    z.object({
      id,
      sessions: z.enum(['refuse', 'unassign', 'move', 'delete']).default('refuse'),
      moveToRoomId: id.nullable().default(null),
    }),
    Agenda,
  ),
  'agenda.reorderRooms': channel(
    z.object({ meetingId: id, roomIds: z.array(id).max(500) }),
    Agenda,
  ),
  'agenda.createTrack': channel(z.object({ meetingId: id, name: requiredText(100) }), withId),
  'agenda.updateTrack': channel(z.object({ id, name: requiredText(100) }), Agenda),
  'agenda.deleteTrack': channel(z.object({ id }), Agenda),
  'agenda.setTypeColour': channel(
    z.object({
      meetingId: id,
      type: z.enum(SESSION_TYPES),
      colour: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/, { error: 'errors.invalidColour' })
        .transform((c) => c.toLowerCase()),
    }),
    Agenda,
  ),
  'agenda.createSession': channel(z.object({ meetingId: id, session: SessionInput }), withId),
  'agenda.updateSession': channel(z.object({ id, session: SessionInput }), Agenda),
  /** A drag or a keyboard move: the session's day, times and room, nothing else. */
  'agenda.moveSession': channel(SessionMove, Agenda),
  'agenda.deleteSession': channel(z.object({ id }), Agenda),
  /** A copy of the session (people included), at the same place or the one given. */
  'agenda.duplicateSession': channel(
    z.object({ id, day: day.optional(), startMinute: minute.optional() }),
    withId,
  ),
  'agenda.createAward': channel(z.object({ meetingId: id, award: AwardInput }), withId),
  'agenda.updateAward': channel(z.object({ id, award: AwardInput }), Agenda),
  'agenda.deleteAward': channel(z.object({ id }), Agenda),
  /** Undoes the meeting's last agenda edit; `conflict` when its rows were changed since. */
  'agenda.undo': channel(byMeeting, Agenda),
  'agenda.redo': channel(byMeeting, Agenda),
  /** The sessions that use a registration (asked before a participant is removed). */
  'agenda.sessionsOf': channel(
    z.object({ registrationIds: z.array(id).min(1).max(100_000) }),
    z.array(InUseSession.extend({ registrationId: z.number(), meetingId: z.number() })),
  ),
  /** Awards given to a person or an organisation, in every meeting. */
  'agenda.awardsFor': channel(
    z.object({ personId: id.optional(), organisationId: id.optional() }),
    z.array(Award.extend({ meetingTitle: z.string(), sessionTitle: z.string().nullable() })),
  ),
  /**
   * The programme as a file: the print-ready PDF (A4 or Letter), an iCalendar of the whole meeting
   * or of one person's sessions (`registrationId`), or the sessions as CSV or XLSX. In the meeting's
   * language (French when its first working language is French) unless `language` says otherwise.
   */
  'agenda.exportProgramme': channel(
    z.object({
      meetingId: id,
      format: z.enum(['pdf', 'ics', 'csv', 'xlsx'], { error: 'errors.invalid' }),
      paper: z.enum(['a4', 'letter'], { error: 'errors.invalid' }).default('a4'),
      language: z.enum(['en', 'fr'], { error: 'errors.invalid' }).optional(),
      registrationId: id.optional(),
    }),
    ExportFile,
  ),
};
