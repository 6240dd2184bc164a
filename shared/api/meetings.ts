import { z } from 'zod';
import { channel } from './channel';
import { id, requiredText, text } from './zod-messages';
import { MAX_MEETING_DAYS, MEETING_KINDS } from '../domain/meeting';
import { dayCount, isCalendarDay, isTimeZone } from '../domain/time';
import { isCountryCode } from '../domain/countries';
import { isLanguageCode } from '../domain/languages';

const day = z
  .string({ error: 'errors.required' })
  .refine((s) => s.length > 0, { error: 'errors.required' })
  .refine((s) => s.length === 0 || isCalendarDay(s), { error: 'errors.invalidDate' });

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
    .refine((s) => s.length === 0 || isTimeZone(s), { error: 'errors.unknownTimeZone' }),
  languages: z
    .array(z.string().refine(isLanguageCode, { error: 'errors.unknownLanguage' }))
    .max(20, { error: 'errors.tooMany?max=20' })
    .default([]),
  description: text(5000).default(''),
  parentId: id.nullable().default(null),
});

/** The form's fields; the cross-field rules run after each field is valid on its own. */
export const MeetingInput = meetingFields.superRefine((m, ctx) => {
  if (!isCalendarDay(m.startDate) || !isCalendarDay(m.endDate)) return;
  const days = dayCount(m.startDate, m.endDate);
  if (days < 1)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'errors.endBeforeStart' });
  else if (days > MAX_MEETING_DAYS)
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: `errors.meetingTooLong?max=${MAX_MEETING_DAYS}`,
    });
});
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
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const MeetingSummary = Meeting.extend({ childCount: z.number() });

const byId = z.object({ id });

export const meetingsChannels = {
  'meetings.list': channel(z.object({}), z.array(MeetingSummary)),
  'meetings.get': channel(byId, Meeting),
  'meetings.create': channel(MeetingInput, Meeting),
  'meetings.update': channel(z.object({ id, meeting: MeetingInput }), Meeting),
  'meetings.delete': channel(byId, z.object({ id: z.number() })),
};
