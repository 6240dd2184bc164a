import { z } from 'zod';
import { id } from './zod-messages';
import { CHANGE_ACTIONS, CHECK_IN_METHODS } from '../domain/attendance';
import { isToken } from '../domain/badge-token';
import { isCalendarDay } from '../domain/time';

const day = z.string().refine(isCalendarDay, { error: 'errors.invalidDate' });
const method = z.enum(CHECK_IN_METHODS);
const instant = z.string().max(40);

/** One row per key, as the tables' primary keys allow. */
const unique = (keys: unknown[]) => new Set(keys).size === keys.length;

/**
 * A registration's attendance as it was when the registration was removed, so that restoring the
 * registration brings it back (see registrations.delete / restore).
 */
export const AttendanceSnapshot = z.object({
  days: z
    .array(
      z
        .object({
          day,
          checkedInAt: instant,
          checkedOutAt: instant.nullable(),
          method,
          operator: z.string().max(80),
        })
        // As the table checks it: out never before in (ISO instants compare as text).
        .refine((d) => d.checkedOutAt === null || d.checkedOutAt >= d.checkedInAt, {
          error: 'errors.invalid',
          path: ['checkedOutAt'],
        }),
    )
    .max(100)
    .refine((days) => unique(days.map((d) => d.day)), { error: 'errors.invalid' }),
  sessions: z
    .array(z.object({ sessionId: id, checkedInAt: instant, method, operator: z.string().max(80) }))
    .max(1_000)
    .refine((sessions) => unique(sessions.map((x) => x.sessionId)), { error: 'errors.invalid' }),
  badges: z
    .array(
      z.object({
        token: z.string().refine(isToken),
        issuedAt: instant,
        replacedAt: instant.nullable(),
        collectedAt: instant.nullable(),
      }),
    )
    .max(100),
  changes: z
    .array(
      z.object({
        day: z.string().nullable(),
        sessionId: z.number().nullable(),
        action: z.enum(CHANGE_ACTIONS),
        method: method.nullable(),
        before: z.string().max(1000).nullable(),
        after: z.string().max(1000).nullable(),
        operator: z.string().max(80),
        changedAt: instant,
      }),
    )
    .max(10_000),
  deskNote: z.string().max(1000),
});
export type AttendanceSnapshot = z.output<typeof AttendanceSnapshot>;
