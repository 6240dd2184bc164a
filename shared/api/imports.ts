import { z } from 'zod';
import { channel } from './channel';
import { id } from './zod-messages';
import { isCountryCode } from '../domain/countries';
import { IMPORT_FIELDS } from '../domain/import-fields';
import { DECISIONS, DELIMITERS, ENCODINGS, FILE_FORMATS } from '../domain/imports';
import { ROLES, STATUSES } from '../domain/people';

/**
 * The file travels with each call (inspect, check, run) rather than being parked in the backend
 * between steps: nothing half-imported lingers, and every step reads exactly what the user sees.
 * Its size is checked by the service before decoding (the message names the limit in MB).
 */
export const ImportFile = z.object({
  name: z.string().max(260),
  base64: z.string(),
});

export const ReadOptions = z.object({
  encoding: z.enum(ENCODINGS).optional(),
  delimiter: z.enum(DELIMITERS).optional(),
  sheet: z.string().max(200).optional(),
});

/** Field → column index; the wizard sends only mapped fields. */
export const Mapping = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(10_000));

/** Client-chosen so the wizard can follow progress events and cancel before the reply arrives. */
const jobId = z.string().min(1).max(64);

const source = z.object({
  meetingId: id,
  file: ImportFile,
  options: ReadOptions.default({}),
  jobId: jobId.optional(),
});

export const Inspection = z.object({
  format: z.enum(FILE_FORMATS),
  encoding: z.enum(ENCODINGS).nullable(),
  delimiter: z.enum(DELIMITERS).nullable(),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  headers: z.array(z.string()),
  rowCount: z.number(),
  preview: z.array(z.array(z.string())),
  /** The spreadsheet row number of each preview row. */
  previewRows: z.array(z.number()),
  /** What the wizard pre-fills: the remembered mapping when it fits this file, else the suggestions. */
  mapping: Mapping,
  mappingSource: z.enum(['remembered', 'suggested']),
  suggestedMapping: Mapping,
});

export const RowIssue = z.object({
  row: z.number(),
  field: z.enum(IMPORT_FIELDS).nullable(),
  value: z.string(),
  message: z.string(),
});

const PersonBrief = z.object({
  name: z.string(),
  email: z.string(),
  organisation: z.string(),
  countryCode: z.string().nullable(),
});

export const Duplicate = z.object({
  row: z.number(),
  kind: z.enum(['existing', 'file']),
  match: z.enum(['email', 'name']),
  incoming: PersonBrief.omit({ countryCode: true }).extend({ country: z.string() }),
  /** The stored person it matches (kind 'existing'). */
  existing: PersonBrief.extend({ personId: z.number(), registered: z.boolean() }).nullable(),
  /** The earlier row it repeats (kind 'file'). */
  firstRow: z.number().nullable(),
});

export const UnresolvedCountry = z.object({
  value: z.string(),
  count: z.number(),
  rows: z.array(z.number()),
  suggestions: z.array(z.string()),
});

export const ImportReport = z.object({
  rowCount: z.number(),
  validCount: z.number(),
  errorRowCount: z.number(),
  /** The first errors and warnings (the counts say how many there are in all). */
  errors: z.array(RowIssue),
  errorCount: z.number(),
  warnings: z.array(RowIssue),
  warningCount: z.number(),
  duplicates: z.array(Duplicate),
  countries: z.array(UnresolvedCountry),
  /** Spellings that were recognised, so the registrar can see "Ivory Coast → Côte d'Ivoire". */
  resolvedCountries: z.array(z.object({ value: z.string(), code: z.string(), count: z.number() })),
});

const countryAnswer = z
  .string()
  .refine(isCountryCode, { error: 'errors.unknownCountry' })
  .nullable();

export const RunInput = source.extend({
  mapping: Mapping,
  /** Row number → decision, for the duplicates the check reported. */
  decisions: z.record(z.string().regex(/^\d+$/), z.enum(DECISIONS)).default({}),
  /** For duplicates without a decision of their own. */
  duplicateDefault: z.enum(DECISIONS).default('skip'),
  /** Unresolved spelling → country code, or null for "leave empty". Every spelling needs one. */
  countryAnswers: z.record(z.string().max(300), countryAnswer).default({}),
  /** Leave out rows with errors instead of refusing the whole file. */
  skipInvalidRows: z.boolean().default(false),
  defaultRole: z.enum(ROLES).default('delegate'),
  defaultStatus: z.enum(STATUSES).default('invited'),
});

export const ImportBatch = z.object({
  id: z.number(),
  meetingId: z.number(),
  fileName: z.string(),
  createdCount: z.number(),
  mergedCount: z.number(),
  skippedCount: z.number(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
});

export const ImportResult = z.object({
  batch: ImportBatch,
  registered: z.number(),
  alreadyRegistered: z.number(),
});

export const importsChannels = {
  /** Reads the file: format, encoding, delimiter, sheets, headers, a preview and a mapping. */
  'imports.inspect': channel(source, Inspection),
  /** The dry run: every row checked, duplicates and unknown countries found; nothing written. */
  'imports.check': channel(source.extend({ mapping: Mapping }), ImportReport),
  /** Writes the whole file in one transaction, or nothing. */
  'imports.run': channel(RunInput, ImportResult),
  'imports.cancel': channel(z.object({ jobId }), z.object({ cancelled: z.boolean() })),
  /** Undoes the meeting's latest import; refused when `batchId` is given and is not that one. */
  'imports.undoLast': channel(
    z.object({ meetingId: id, batchId: id.optional() }),
    z.object({ batchId: z.number(), removed: z.number(), restored: z.number() }),
  ),
  'imports.last': channel(z.object({ meetingId: id }), ImportBatch.nullable()),
};
