import { z } from 'zod';
import { channel } from './channel';
import { id, requiredText } from './zod-messages';
import { ExportFile } from './registrations';
import { AUDIT_AREAS, AUDIT_ENTITIES } from '../domain/audit';
import { CSV_SEPARATORS } from '../domain/csv';
import { isTimeZone } from '../domain/time';

const value = z.union([z.string(), z.number()]).nullable();

export const AuditChange = z.object({
  field: z.string(),
  before: value,
  after: value,
  removed: z.boolean().optional(),
});

/** One entry of the log: who (the operator's name, and the computer account), what and when. */
export const AuditEntry = z.object({
  id: z.number(),
  /** ISO-8601 UTC. */
  at: z.string(),
  /** The operator's name chosen in the app, '' when none was chosen yet. */
  operator: z.string(),
  /** The computer account the app ran under. */
  osUser: z.string(),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: z.number().nullable(),
  /** create, update, delete, import, importUndone, anonymise, erase, or an attendance action. */
  action: z.string(),
  /** How it came about when not a plain edit: undo, redo, import. */
  via: z.string(),
  meetingId: z.number().nullable(),
  personId: z.number().nullable(),
  /** What it is about, as it was named then ('' once taken out for privacy). */
  label: z.string(),
  /** True when personal values were taken out (the person was anonymised or deleted). */
  scrubbed: z.boolean(),
  changes: z.array(AuditChange),
});

const instant = z.iso.datetime({ error: 'errors.invalid' });

/** Which entries: of a meeting, of a person, or all; narrowed by area, who, words and time. */
export const AuditFilter = z.object({
  meetingId: id.optional(),
  personId: id.optional(),
  /** Empty: every area. */
  areas: z.array(z.enum(AUDIT_AREAS)).max(AUDIT_AREAS.length).default([]),
  /** The operator's name (or computer account) as the log shows it. */
  who: z.string().max(200).optional(),
  /** Words found in what the entry is about, its values, or the person's current name. */
  query: z.string().max(200, { error: 'errors.tooLong?max=200' }).default(''),
  /** Entries at or after this instant. */
  since: instant.optional(),
  /** Entries before this instant. */
  until: instant.optional(),
});
export type AuditFilter = z.input<typeof AuditFilter>;

const Operator = z.object({
  /** The name chosen, or null when none was chosen yet (the app asks at start). */
  operator: z.string().nullable(),
  /** The computer account, proposed as the name and used until one is chosen. */
  osUser: z.string(),
});

export const auditChannels = {
  /** Newest first, `limit` at a time; `beforeId` continues after the last entry shown. */
  'audit.list': channel(
    AuditFilter.extend({
      beforeId: id.optional(),
      limit: z.number().int().min(1).max(500).default(200),
    }),
    z.object({
      entries: z.array(AuditEntry),
      total: z.number(),
      hasMore: z.boolean(),
      /** Everyone who made a change in this scope, for the "who" filter. */
      who: z.array(z.string()),
    }),
  ),
  /** The filtered entries as CSV or XLSX, one line per changed field, formula-safe. */
  'audit.export': channel(
    AuditFilter.extend({
      format: z.enum(['csv', 'xlsx']),
      language: z.enum(['en', 'fr']).default('en'),
      separator: z.enum(CSV_SEPARATORS).optional(),
      /** The zone times are written in (the meeting's, or the computer's). */
      timeZone: z.string().refine(isTimeZone, { error: 'errors.unknownTimeZone' }).default('UTC'),
    }),
    ExportFile,
  ),
  'audit.operator': channel(z.object({}), Operator),
  /** Names the operator: every change from now on is signed with this name. */
  'audit.setOperator': channel(z.object({ operator: requiredText(80) }), Operator),
};
