import { z } from 'zod';
import { channel } from './channel';
import { id, text } from './zod-messages';
import { PersonInput } from './people';
import { GENDERS, ORGANISATION_TYPES, POLICE_REGIONS, ROLES, STATUSES } from '../domain/people';
import { isCalendarDay, isDayInAcceptedYears } from '../domain/time';
import { CSV_SEPARATORS } from '../domain/csv';
import { SESSION_PERSON_ROLES } from '../domain/agenda';
import { AttendanceSnapshot } from './attendance-snapshot';

const day = z
  .string()
  .refine(isCalendarDay, { error: 'errors.invalidDate', abort: true })
  .refine(isDayInAcceptedYears, { error: 'errors.yearOutOfRange' });

export const RegistrationInput = z
  .object({
    role: z.enum(ROLES, { error: 'errors.invalid' }).default('delegate'),
    status: z.enum(STATUSES, { error: 'errors.invalid' }).default('invited'),
    /** Days of the meeting the person plans to attend; checked against the meeting's days. */
    plannedDays: z.array(day).max(31).default([]),
    arrivalDate: day.nullable().default(null),
    departureDate: day.nullable().default(null),
    dietary: text(500).default(''),
    accessibility: text(500).default(''),
    visaLetter: z.boolean().default(false),
    badgeName: text(60).default(''),
    internalNotes: text(5000).default(''),
  })
  .superRefine((r, ctx) => {
    if (r.arrivalDate && r.departureDate && r.departureDate < r.arrivalDate)
      ctx.addIssue({
        code: 'custom',
        path: ['departureDate'],
        message: 'errors.departureBeforeArrival',
      });
  });
export type RegistrationInput = z.input<typeof RegistrationInput>;

/** One line of the participants view: the registration with its person, organisation and country. */
export const ParticipantRow = z.object({
  id: z.number(),
  personId: z.number(),
  title: z.string(),
  givenNames: z.string(),
  familyNames: z.string(),
  email: z.string(),
  phone: z.string(),
  gender: z.enum(GENDERS).nullable(),
  position: z.string(),
  organisationId: z.number().nullable(),
  organisationName: z.string(),
  organisationAcronym: z.string(),
  organisationType: z.enum(ORGANISATION_TYPES).nullable(),
  countryCode: z.string().nullable(),
  policeRegion: z.enum(POLICE_REGIONS).nullable(),
  m49Region: z.string(),
  consentToList: z.boolean(),
  role: z.enum(ROLES),
  status: z.enum(STATUSES),
  badgeName: z.string(),
  visaLetter: z.boolean(),
  plannedDays: z.array(z.string()),
  arrivalDate: z.string().nullable(),
  departureDate: z.string().nullable(),
  dietary: z.string(),
  accessibility: z.string(),
  internalNotes: z.string(),
  updatedAt: z.string(),
});

/**
 * One line of the participants table, as a tuple: what the table shows and filters on, with the
 * organisation and country as keys into the list's lookup tables. Details come from
 * `registrations.get` when the person panel opens.
 */
export const ParticipantListRow = z.tuple([
  z.number(), // registration id
  z.number(), // person id
  z.string(), // given names
  z.string(), // family names
  z.string(), // email
  z.number().nullable(), // organisation id
  z.string().nullable(), // country code
  z.enum(ROLES),
  z.enum(STATUSES),
]);

/**
 * A meeting's participants in a compact form (about 100 bytes a row instead of 600): the rows in
 * name order, and each organisation and country they refer to once.
 */
export const ParticipantList = z.object({
  rows: z.array(ParticipantListRow),
  organisations: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      acronym: z.string(),
      type: z.enum(ORGANISATION_TYPES).nullable(),
    }),
  ),
  countries: z.array(
    z.object({ code: z.string(), policeRegion: z.enum(POLICE_REGIONS).nullable() }),
  ),
});

export const StatusChange = z.object({ status: z.enum(STATUSES), changedAt: z.string() });

const instant = z.iso.datetime({ error: 'errors.invalid' });

/**
 * A removed registration exactly as it was (id, fields, timestamps, status history), returned by
 * `registrations.delete` so that `registrations.restore` can undo the removal.
 */
export const RemovedRegistration = z.object({
  id,
  meetingId: id,
  personId: id,
  registration: RegistrationInput,
  importBatchId: id.nullable(),
  createdAt: instant,
  updatedAt: instant,
  history: z.array(z.object({ status: z.enum(STATUSES), changedAt: instant })).max(10_000),
  /** The sessions the person was on (chair, speaker…), put back with the registration. */
  sessions: z
    .array(
      z.object({
        sessionId: id,
        role: z.enum(SESSION_PERSON_ROLES),
        position: z.number().int().min(0),
      }),
    )
    .max(10_000)
    .default([]),
  /** Check-ins, badges and the attendance log, put back with the registration. */
  attendance: AttendanceSnapshot.optional(),
});

export const ExportFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});

export const registrationsChannels = {
  'registrations.list': channel(z.object({ meetingId: id }), z.array(ParticipantRow)),
  /** What the participants view needs of every registration, compact; see ParticipantList. */
  'registrations.listCompact': channel(z.object({ meetingId: id }), ParticipantList),
  /** Registration ids whose person matches `query` (name, organisation, email, country), accents and case ignored. */
  'registrations.search': channel(
    z.object({ meetingId: id, query: z.string().max(200) }),
    z.object({ ids: z.array(z.number()) }),
  ),
  /** Headline figures (see shared/domain/participant-figures.ts): everyone, the expected, their countries. */
  'registrations.summary': channel(
    z.object({ meetingId: id }),
    z.object({
      total: z.number(),
      expected: z.number(),
      countries: z.number(),
      withoutCountry: z.number(),
      byStatus: z.partialRecord(z.enum(STATUSES), z.number()),
    }),
  ),
  'registrations.get': channel(
    z.object({ id }),
    ParticipantRow.extend({ history: z.array(StatusChange) }),
  ),
  /** Registers an existing person (`personId`) or a new one (`person`) to a meeting. */
  'registrations.create': channel(
    z.object({
      meetingId: id,
      personId: id.optional(),
      person: PersonInput.optional(),
      registration: RegistrationInput,
    }),
    ParticipantRow,
  ),
  'registrations.update': channel(
    z.object({ id, registration: RegistrationInput }),
    ParticipantRow,
  ),
  'registrations.bulkUpdate': channel(
    z.object({
      ids: z.array(id).min(1).max(100_000),
      status: z.enum(STATUSES).optional(),
      role: z.enum(ROLES).optional(),
    }),
    z.object({ updated: z.number() }),
  ),
  /**
   * Removes registrations. People still on sessions are refused with `conflict` unless `sessions`
   * is 'remove' (then they are taken off those sessions, and the undo puts them back).
   */
  'registrations.delete': channel(
    z.object({
      ids: z.array(id).min(1).max(100_000),
      sessions: z.enum(['refuse', 'remove']).default('refuse'),
    }),
    z.object({ deleted: z.number(), removed: z.array(RemovedRegistration) }),
  ),
  /** Puts removed registrations back as they were, all or none; their ids when still free. */
  'registrations.restore': channel(
    z.object({ removed: z.array(RemovedRegistration).min(1).max(100_000) }),
    z.object({ restored: z.number(), ids: z.array(z.number()) }),
  ),
  /** The given rows (the view's current filter) as CSV (UTF-8 with BOM) or XLSX, formula-safe. */
  'registrations.export': channel(
    z.object({
      meetingId: id,
      ids: z.array(id).max(100_000),
      format: z.enum(['csv', 'xlsx']),
      language: z.enum(['en', 'fr']).default('en'),
      /** The CSV's separator; by default the one spreadsheets of `language` open directly. */
      separator: z.enum(CSV_SEPARATORS).optional(),
    }),
    ExportFile,
  ),
};
