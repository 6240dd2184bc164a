import { z } from 'zod';
import { channel } from './channel';
import { id } from './zod-messages';
import { isCountryCode } from '../domain/countries';
import { MATCH_REASONS } from '../domain/import-dedupe';
import { IMPORT_FIELDS } from '../domain/import-fields';
import { HEADER_SOURCES } from '../domain/import-header-sources';
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
  /** Columns whose header is known to hold nothing Plenary keeps ("Registration date", "Timestamp"). */
  knownUnmapped: z.array(z.number()),
  /** A whole-name column left out because the given and family name columns are imported. */
  repeatedName: z.number().nullable(),
  /** The tool the headers say the file was exported from, when they say it. */
  source: z.enum(HEADER_SOURCES).nullable(),
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

/** A row's person as the file gives it: the country as typed, and its code once recognised. */
const RowPerson = PersonBrief.extend({ country: z.string() });

export const Duplicate = z.object({
  row: z.number(),
  kind: z.enum(['existing', 'file']),
  reason: z.enum(MATCH_REASONS),
  /** What the wizard pre-selects; null when only the registrar can tell (a conflict). */
  suggested: z.enum(DECISIONS).nullable(),
  incoming: RowPerson,
  /** The stored person it matches (kind 'existing'). */
  existing: PersonBrief.extend({ personId: z.number(), registered: z.boolean() }).nullable(),
  /** The earlier row it matches (kind 'file'), and that row's person. */
  firstRow: z.number().nullable(),
  earlier: RowPerson.nullable(),
});

export const UnresolvedCountry = z.object({
  value: z.string(),
  count: z.number(),
  rows: z.array(z.number()),
  suggestions: z.array(z.string()),
});

/** Row issues of one cause (the same message on the same field), listed once with their rows. */
export const IssueGroup = z.object({
  field: z.enum(IMPORT_FIELDS).nullable(),
  message: z.string(),
  count: z.number(),
  /** The first rows, in file order; `count` says how many there are. */
  rows: z.array(z.number()),
  /** The first distinct values, as the file writes them. */
  values: z.array(z.string()),
});

/** A distinct value of the status or role column, how often it appears, and what it suggests. */
const valueCount = <T extends z.ZodType>(suggested: T) =>
  z.object({
    key: z.string(),
    value: z.string(),
    count: z.number(),
    rows: z.array(z.number()),
    suggested: suggested.nullable(),
  });
export const StatusValue = valueCount(z.enum(STATUSES));
export const RoleValue = valueCount(z.enum(ROLES));

export const ImportReport = z.object({
  rowCount: z.number(),
  validCount: z.number(),
  errorRowCount: z.number(),
  /** The first errors and warnings (the counts say how many there are in all). */
  errors: z.array(RowIssue),
  errorCount: z.number(),
  warnings: z.array(RowIssue),
  warningCount: z.number(),
  errorGroups: z.array(IssueGroup),
  warningGroups: z.array(IssueGroup),
  /** The distinct values of the status and role columns (empty when the column is not mapped). */
  statusValues: z.array(StatusValue),
  roleValues: z.array(RoleValue),
  /** Valid rows whose status (or role) cell is empty: they take the default. */
  statusEmptyCount: z.number(),
  roleEmptyCount: z.number(),
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
  /**
   * For duplicates with neither a decision nor a suggestion of their own; never merges a
   * conflict. Without it, such a duplicate refuses the import until it is decided.
   */
  duplicateDefault: z.enum(DECISIONS).optional(),
  /**
   * The registrar's meaning for each distinct status or role value (by its key); null takes the
   * default. Values without an answer keep their suggestion, or the default when there is none.
   */
  statusAnswers: z.record(z.string().max(300), z.enum(STATUSES).nullable()).default({}),
  roleAnswers: z.record(z.string().max(300), z.enum(ROLES).nullable()).default({}),
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
