import { z } from 'zod';
import { channel } from './channel';
import { id } from './zod-messages';
import { ExportFile } from './registrations';
import { BADGE_FIELDS, BADGE_LAYOUTS } from '../domain/badges';

/** Client-chosen, so the dialog can follow the progress events and cancel before the reply. */
const jobId = z.string().min(1).max(64);

/** The badges channels, part of the attendance contract. */
export const badgeChannels = {
  /**
   * The badges PDF: for the registrations given, in their order (a selection, the filtered view,
   * one person), or for everyone coming (registered or confirmed), by family name. Issues a badge
   * token to whoever has none; a badge printed again carries the same token (re-issue makes a new
   * one). Labels in the meeting's working languages. A long run reports `job.progress` and stops
   * on `attendance.cancelBadges`.
   */
  'attendance.badges': channel(
    z.object({
      meetingId: id,
      registrationIds: z.array(id).min(1).max(20_000).optional(),
      layout: z.enum(BADGE_LAYOUTS, { error: 'errors.invalid' }).default('a4x4'),
      fields: z
        .array(z.enum(BADGE_FIELDS, { error: 'errors.invalid' }))
        .max(BADGE_FIELDS.length)
        .default([]),
      jobId: jobId.optional(),
    }),
    ExportFile.extend({ count: z.number(), pages: z.number() }),
  ),
  'attendance.cancelBadges': channel(z.object({ jobId }), z.object({ cancelled: z.boolean() })),
};
