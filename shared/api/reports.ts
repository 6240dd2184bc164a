import { z } from 'zod';
import { channel } from './channel';
import { id } from './zod-messages';
import { ACTIVE_STATUSES, STATUSES } from '../domain/people';
import { DIMENSIONS } from '../domain/reports';
import { isCalendarDay } from '../domain/time';

const day = z.string().refine(isCalendarDay, { error: 'errors.invalidDate' });
const jobId = z.string().min(1).max(100);
const language = z.enum(['en', 'fr'], { error: 'errors.invalid' });

const Headline = z.object({
  participants: z.number(),
  countries: z.number(),
  notStated: z.number(),
});
const Bucket = z.object({
  key: z.string(),
  registered: z.number(),
  attended: z.number().nullable(),
});

export const DashboardFigures = z.object({
  registered: Headline,
  attended: Headline.nullable(),
  by: z.record(z.enum(DIMENSIONS), z.array(Bucket)),
  byStatus: z.partialRecord(z.enum(STATUSES), z.number()),
});

const MeetingRef = z.object({
  id: z.number(),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  parentId: z.number().nullable(),
});

export const Dashboard = z.object({
  /** The meetings counted: the one asked for, or every meeting of its series. */
  meetings: z.array(MeetingRef),
  /** The series the meeting belongs to (its parent and the parent's meetings), when it has one. */
  series: z.array(MeetingRef),
  /** Every day of the meetings counted, for the day filter. */
  days: z.array(z.string()),
  /** False until someone is checked in: "attended" figures then show what to do instead. */
  attendanceRecorded: z.boolean(),
  /** Registrations of the meetings counted, whatever their status: zero means nobody yet. */
  registrations: z.number(),
  figures: DashboardFigures,
});
export type Dashboard = z.output<typeof Dashboard>;

/** The export centre's kinds; each one's formats are checked in the backend. */
export const EXPORT_KINDS = [
  'participants',
  'participantList',
  'programme',
  'attendance',
  'certificates',
  'visaLetters',
] as const;

export const ExportRequest = z
  .object({
    meetingId: id,
    kind: z.enum(EXPORT_KINDS, { error: 'errors.invalid' }),
    /** 'zip': one PDF per person in one archive (certificates, letters). */
    format: z.enum(['csv', 'xlsx', 'pdf', 'ics', 'zip'], { error: 'errors.invalid' }),
    /** The document's language; the meeting's (French when French comes first) unless given. */
    language: language.optional(),
    paper: z.enum(['a4', 'letter'], { error: 'errors.invalid' }).default('a4'),
    /** Progress arrives as job.progress events under this id, and reports.cancel stops it. */
    jobId: jobId.optional(),
  })
  .superRefine((r, ctx) => {
    const allowed = {
      participants: ['csv', 'xlsx'],
      participantList: ['pdf', 'xlsx'],
      programme: ['pdf', 'ics', 'csv', 'xlsx'],
      attendance: ['xlsx', 'csv', 'pdf'],
      certificates: ['pdf', 'zip'],
      visaLetters: ['pdf', 'zip'],
    };
    if (!allowed[r.kind].includes(r.format))
      ctx.addIssue({ code: 'custom', path: ['format'], message: 'errors.invalid' });
  });

/**
 * Where an export went: saved where the user chose (desktop, native dialog), not saved (they
 * cancelled the dialog), or handed back to be downloaded (browser host, no native dialog).
 */
export const SavedExport = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('download'),
    fileName: z.string(),
    mimeType: z.string(),
    base64: z.string(),
  }),
  z.object({ outcome: z.literal('saved'), fileName: z.string(), path: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
]);
export type SavedExport = z.output<typeof SavedExport>;

export const reportsChannels = {
  /** The dashboard's figures for a meeting or its whole series, under a status and day filter. */
  'reports.dashboard': channel(
    z.object({
      meetingId: id,
      scope: z.enum(['meeting', 'series']).default('meeting'),
      statuses: z
        .array(z.enum(STATUSES, { error: 'errors.invalid' }))
        .max(STATUSES.length)
        .default([...ACTIVE_STATUSES]),
      day: day.nullable().default(null),
    }),
    Dashboard,
  ),
  /** What the export centre can offer now: whether there are participants, sessions, attendance. */
  'reports.exportStatus': channel(
    z.object({ meetingId: id }),
    z.object({
      registrations: z.number(),
      sessions: z.number(),
      attendanceRecorded: z.boolean(),
      /** People with at least one day attended: the certificates to make. */
      attended: z.number(),
      /** Visa letters asked for, and how many have the passport details they need. */
      visaLetters: z.object({ asked: z.number(), ready: z.number() }),
      language: language,
    }),
  ),
  /** Makes one export and saves it (native dialog) or returns it for download. */
  'reports.export': channel(ExportRequest, SavedExport),
  'reports.cancel': channel(z.object({ jobId }), z.object({ cancelled: z.boolean() })),
};
