import { z } from 'zod';
import { channel } from './channel';
import { id, multilineText, requiredText, searchText, text } from './zod-messages';
import { MAX_MEETING_DAYS, MEETING_KINDS } from '../domain/meeting';
import { MEETING_SORTS } from '../domain/meeting-search';
import { STATUSES } from '../domain/people';
import {
  canonicalTimeZone,
  dayCount,
  isCalendarDay,
  isDayInAcceptedYears,
  isTimeZone,
} from '../domain/time';
import { isCountryCode } from '../domain/countries';
import { isLanguageCode } from '../domain/languages';

const day = z
  .string({ error: 'errors.required' })
  .refine((s) => s.length > 0, { error: 'errors.required' })
  .refine((s) => s.length === 0 || isCalendarDay(s), { error: 'errors.invalidDate' })
  .refine((s) => !isCalendarDay(s) || isDayInAcceptedYears(s), { error: 'errors.yearOutOfRange' });

const meetingFields = z.object({
  title: requiredText(200),
  kind: z.enum(MEETING_KINDS, {
    error: (issue) => (issue.input === undefined ? 'errors.required' : 'errors.invalid'),
  }),
  venue: text(200).default(''),
  city: text(100).default(''),
  countryCode: z
    .string()
    .refine(isCountryCode, { error: 'errors.unknownCountry' })
    .nullable()
    .default(null),
  startDate: day,
  endDate: day,
  timeZone: z
    .string({ error: 'errors.required' })
    .refine((s) => s.length > 0, { error: 'errors.required' })
    .refine((s) => s.length === 0 || isTimeZone(s), { error: 'errors.unknownTimeZone' })
    .transform(canonicalTimeZone),
  languages: z
    .array(z.string().refine(isLanguageCode, { error: 'errors.unknownLanguage' }))
    .max(20, { error: 'errors.tooMany?max=20' })
    .default([]),
  description: multilineText(5000).default(''),
  parentId: id.nullable().default(null),
  /** After this day the participants' personal data is anonymised (see privacy/); null: kept. */
  retentionDate: z
    .string()
    .refine((s) => isCalendarDay(s), { error: 'errors.invalidDate', abort: true })
    .refine(isDayInAcceptedYears, { error: 'errors.yearOutOfRange' })
    .nullable()
    .default(null),
});

const hasValidDays = (value: unknown): value is { startDate: string; endDate: string } => {
  const v = value as { startDate?: unknown; endDate?: unknown } | null;
  return (
    typeof v?.startDate === 'string' &&
    typeof v.endDate === 'string' &&
    isCalendarDay(v.startDate) &&
    isCalendarDay(v.endDate) &&
    // A mistyped year ('0226') is reported as such, not also as a meeting of 660,000 days.
    isDayInAcceptedYears(v.startDate) &&
    isDayInAcceptedYears(v.endDate)
  );
};

/**
 * The form's fields. The day order is checked as soon as both days are valid, even when another
 * field is wrong, so the form shows every message at once instead of one after the other.
 */
export const MeetingInput = meetingFields.superRefine(
  (m, ctx) => {
    if (!hasValidDays(m)) return;
    const days = dayCount(m.startDate, m.endDate);
    if (days < 1)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'errors.endBeforeStart' });
    else if (days > MAX_MEETING_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: `errors.meetingTooLong?max=${MAX_MEETING_DAYS}`,
      });
    // Anonymising people before the meeting is over would lose the meeting itself.
    if (m.retentionDate && isCalendarDay(m.retentionDate) && m.retentionDate < m.endDate)
      ctx.addIssue({
        code: 'custom',
        path: ['retentionDate'],
        message: 'errors.retentionBeforeEnd',
      });
  },
  { when: (payload) => hasValidDays(payload.value) },
);
export type MeetingInput = z.input<typeof MeetingInput>;

export const Meeting = z.object({
  id: z.number(),
  title: z.string(),
  kind: z.enum(MEETING_KINDS),
  venue: z.string(),
  city: z.string(),
  countryCode: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  timeZone: z.string(),
  languages: z.array(z.string()),
  description: z.string(),
  parentId: z.number().nullable(),
  retentionDate: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A line of the meetings list: the meeting, its parent's title, and who is on its list. */
export const MeetingSummary = Meeting.extend({
  childCount: z.number(),
  parentTitle: z.string().nullable(),
  participants: z.object({
    /** Everyone registered to it, whatever their status. */
    total: z.number(),
    /** Registered or confirmed (see shared/domain/participant-figures.ts). */
    expected: z.number(),
    byStatus: z.partialRecord(z.enum(STATUSES), z.number()),
  }),
});

/** Which meetings the list shows and in which order; `{}` is every meeting, latest first. */
export const MeetingListQuery = z.object({
  /** Words found in the title, venue, city or country, accents and case ignored. */
  query: searchText(200).default(''),
  sort: z.enum(MEETING_SORTS).default('startDate'),
  /** Each sort's natural direction when left out (DEFAULT_DIRECTION). */
  direction: z.enum(['asc', 'desc']).optional(),
});
export type MeetingListQuery = z.input<typeof MeetingListQuery>;

const byId = z.object({ id });

export const meetingsChannels = {
  'meetings.list': channel(MeetingListQuery, z.array(MeetingSummary)),
  'meetings.get': channel(byId, Meeting),
  'meetings.create': channel(MeetingInput, Meeting),
  'meetings.update': channel(z.object({ id, meeting: MeetingInput }), Meeting),
  'meetings.delete': channel(byId, z.object({ id: z.number() })),
};
