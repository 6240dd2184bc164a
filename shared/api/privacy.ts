import { z } from 'zod';
import { channel } from './channel';
import { id } from './zod-messages';
import { ExportFile } from './registrations';
import { ROLES, STATUSES } from '../domain/people';
import { SESSION_PERSON_ROLES } from '../domain/agenda';

/** What the backup made before an irreversible change did, or null when none could be made. */
const Backup = z.object({ file: z.string() }).nullable();

const RetentionPerson = z.object({
  personId: z.number(),
  name: z.string(),
  organisationName: z.string(),
  countryCode: z.string().nullable(),
  /** The meetings past their retention date the person was registered to. */
  meetings: z.array(z.string()),
});

/** Who the retention rule would anonymise now, and who it keeps and why. */
export const RetentionPreview = z.object({
  /** Meetings past their retention date with something still to remove. */
  meetings: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      retentionDate: z.string(),
      participants: z.number(),
    }),
  ),
  anonymise: z.array(RetentionPerson),
  /** People of those meetings kept because a meeting still kept has them. */
  kept: z.array(RetentionPerson.extend({ keptBy: z.array(z.string()) })),
  /** Registrations of those meetings whose notes, needs and badge names go (kept people's too). */
  registrationsCleared: z.number(),
  /** True when a backup is made first (the backup feature is present). */
  backupFirst: z.boolean(),
});

export const ErasurePreview = z.object({
  personId: z.number(),
  name: z.string(),
  registrations: z.array(
    z.object({
      meetingId: z.number(),
      meetingTitle: z.string(),
      role: z.enum(ROLES),
      status: z.enum(STATUSES),
    }),
  ),
  sessionRoles: z.array(
    z.object({
      sessionTitle: z.string(),
      meetingTitle: z.string(),
      role: z.enum(SESSION_PERSON_ROLES),
    }),
  ),
  awards: z.array(z.object({ name: z.string(), meetingTitle: z.string() })),
  /** Check-in records (days and sessions) that go with the registrations. */
  attendanceRecords: z.number(),
  /** Passport details entered for a meeting's visa letter, which go with the registrations. */
  visaDetails: z.array(z.object({ meetingTitle: z.string() })),
  /** Entries of the audit log about them: kept, without their personal data. */
  auditEntries: z.number(),
  backupFirst: z.boolean(),
});

export const privacyChannels = {
  /** Who the retention rule would anonymise today; nothing is changed. */
  'privacy.retentionPreview': channel(z.object({}), RetentionPreview),
  /**
   * Anonymises the people of the preview. `anonymise` repeats the ids the user saw: if the rule
   * now gives others (data changed meanwhile), nothing is done and a conflict says to look again.
   */
  'privacy.applyRetention': channel(
    z.object({ anonymise: z.array(id).max(1_000_000) }),
    z.object({
      anonymised: z.number(),
      registrationsCleared: z.number(),
      backup: Backup,
    }),
  ),
  'privacy.erasurePreview': channel(z.object({ personId: id }), ErasurePreview),
  /** Deletes a person everywhere; the log keeps that it happened, without their data. */
  'privacy.erasePerson': channel(
    z.object({ personId: id }),
    z.object({
      registrations: z.number(),
      sessionRoles: z.number(),
      awards: z.number(),
      attendanceRecords: z.number(),
      visaDetails: z.number(),
      backup: Backup,
    }),
  ),
  /** Everything held about one person, as a PDF to hand to them (a subject-access request). */
  'privacy.subjectAccess': channel(
    z.object({ personId: id, language: z.enum(['en', 'fr']).default('en') }),
    ExportFile,
  ),
};
