import type { z } from 'zod';
import type { Db } from '../db/connection';
import { DomainError } from '../errors';
import { createMeetingsService } from '../meetings/meetings.service';
import { createSettingsRepo } from '../settings/settings.repo';
import { nowIso } from '../../../shared/domain/time';
import {
  applyHeaderMapping,
  recogniseColumns,
  toHeaderMapping,
  type ColumnMapping,
  type HeaderMapping,
} from '../../../shared/domain/import-fields';
import type { ImportBatch, ImportReport, Inspection, RunInput } from '../../../shared/api/imports';
import { mayApplyToAll, SUGGESTED_DECISION } from '../../../shared/domain/import-dedupe';
import type { Decision } from '../../../shared/domain/imports';
import { normaliseValue } from '../../../shared/domain/import-values';
import { analyse, unresolvedSpellings, type Analysis } from './import-analysis';
import { toReport } from './import-report';
import { undoLastImport, type UndoResult } from './import-undo';
import { writeImport, type WriteResult } from './import-writer';
import { createImportsRepo } from './imports.repo';
import type { BatchRow } from './types';
import type { ImportRecord } from '../../../shared/domain/import-rows';
import { silentJob, type JobControl } from './job';
import { decodeFile, readTable, type FileSource, type ReadOptions, type Table } from './read-table';

const PREVIEW_ROWS = 20;
const PREVIEW_CELL_CHARS = 200;
const MAPPING_KEY = 'imports.lastMapping';

type RunOptions = Omit<z.output<typeof RunInput>, 'file' | 'options' | 'jobId' | 'mapping'>;

export interface Source {
  meetingId: number;
  file: FileSource;
  options: ReadOptions;
}

const toBatch = (row: BatchRow): z.output<typeof ImportBatch> => ({
  id: row.id,
  meetingId: row.meeting_id,
  fileName: row.file_name,
  createdCount: row.created_count,
  mergedCount: row.merged_count,
  skippedCount: row.skipped_count,
  createdAt: row.created_at,
  undoneAt: row.undone_at,
});

/** Spreadsheet import: read, check (dry run), write in one transaction, undo the last one. */
export interface ImportHooks {
  /** Runs just before an import writes (the backup slice backs the database up there). */
  beforeWrite?: () => Promise<void>;
}

export function createImportsService(db: Db, hooks: ImportHooks = {}) {
  const repo = createImportsRepo(db);
  const settings = createSettingsRepo(db);
  const meetings = createMeetingsService(db);

  async function read(source: Source, job: JobControl): Promise<Table> {
    meetings.get(source.meetingId);
    return readTable(decodeFile(source.file), source.file.name, source.options, job);
  }

  function rememberedMapping(): HeaderMapping | null {
    try {
      const stored = settings.get(MAPPING_KEY);
      return stored ? (JSON.parse(stored) as HeaderMapping) : null;
    } catch {
      return null;
    }
  }

  async function inspect(source: Source, job: JobControl): Promise<z.output<typeof Inspection>> {
    const table = await read(source, job);
    const recognised = recogniseColumns(table.headers);
    const suggested = recognised.mapping;
    const remembered = rememberedMapping();
    const fromMemory = remembered ? applyHeaderMapping(remembered, table.headers) : null;
    return {
      format: table.format,
      encoding: table.encoding,
      delimiter: table.delimiter,
      sheets: table.sheets,
      sheet: table.sheet,
      headers: table.headers,
      rowCount: table.rows.length,
      preview: table.rows
        .slice(0, PREVIEW_ROWS)
        .map((r) => r.map((c) => c.slice(0, PREVIEW_CELL_CHARS))),
      previewRows: table.rowNumbers.slice(0, PREVIEW_ROWS),
      mapping: fromMemory ?? suggested,
      mappingSource: fromMemory ? 'remembered' : 'suggested',
      suggestedMapping: suggested,
      knownUnmapped: recognised.knownUnmapped,
      repeatedName: recognised.repeatedName,
      source: recognised.source,
    };
  }

  async function analyseTable(
    meetingId: number,
    table: Table,
    mapping: ColumnMapping,
    job: JobControl,
  ): Promise<Analysis> {
    return analyse(table, mapping, repo.existingPeople(meetingId), job);
  }

  async function check(
    source: Source & { mapping: ColumnMapping },
    job: JobControl,
  ): Promise<z.output<typeof ImportReport>> {
    const table = await read(source, job);
    return toReport(await analyseTable(source.meetingId, table, source.mapping, job));
  }

  /** Refuses before writing anything when the file still has problems the user must settle. */
  function plan(analysis: Analysis, options: RunOptions, fileName: string) {
    if (analysis.errorRowCount > 0 && !options.skipInvalidRows)
      throw new DomainError(
        'validation',
        `imports.messages.rowsHaveErrors?count=${analysis.errorRowCount}`,
      );
    const unanswered = unresolvedSpellings(analysis).filter(
      (c) => !Object.hasOwn(options.countryAnswers, c.value),
    );
    if (unanswered.length)
      throw new DomainError(
        'validation',
        `imports.messages.countriesUnanswered?count=${unanswered.length}`,
      );
    // Each duplicate's decision: the registrar's, else what the check suggested, else the
    // fallback, which never merges a conflict. One left without any refuses the import.
    const decisionOf = new Map<number, Decision>();
    let undecided = 0;
    for (const d of analysis.duplicates.values()) {
      const fallback =
        options.duplicateDefault && mayApplyToAll(d.reason, options.duplicateDefault)
          ? options.duplicateDefault
          : undefined;
      const decision = options.decisions[d.row] ?? SUGGESTED_DECISION[d.reason] ?? fallback;
      if (decision) decisionOf.set(d.row, decision);
      else undecided++;
    }
    if (undecided)
      throw new DomainError(
        'validation',
        `imports.messages.duplicatesUndecided?count=${undecided}`,
      );
    // A value the registrar mapped takes their choice (null: the default); others keep the
    // suggestion. null here means "no status given": a new registration takes the default, a
    // merged one keeps its own.
    const answered = <T extends string>(
      answers: Readonly<Record<string, T | null>>,
      value: string,
      suggested: T | null,
    ): T | null => {
      if (!value) return null;
      const key = normaliseValue(value);
      return Object.hasOwn(answers, key) ? answers[key]! : suggested;
    };
    return {
      meetingId: options.meetingId,
      fileName,
      decisionOf: (row: number): Decision => decisionOf.get(row) ?? 'create',
      countryOf: (spelling: string) => {
        if (!spelling) return null;
        const match = analysis.countries.get(spelling)?.match;
        if (match?.kind === 'resolved') return match.code;
        return options.countryAnswers[spelling] ?? null;
      },
      statusOf: (r: ImportRecord) => answered(options.statusAnswers, r.statusValue, r.status),
      roleOf: (r: ImportRecord) => answered(options.roleAnswers, r.roleValue, r.role),
      defaultRole: options.defaultRole,
      defaultStatus: options.defaultStatus,
      now: nowIso(),
    };
  }

  /** Checks and writes a table that is already in memory (the file's, or generated sample data). */
  async function importTable(
    table: Table,
    fileName: string,
    mapping: ColumnMapping,
    options: RunOptions,
    job: JobControl = silentJob,
  ): Promise<WriteResult> {
    const analysis = await analyseTable(options.meetingId, table, mapping, job);
    const writePlan = plan(analysis, options, fileName);
    await hooks.beforeWrite?.();
    // The write is one synchronous transaction that no cancel can reach. Announcing it first and
    // yielding once lets the wizard learn that before it starts, and honours a cancel sent before.
    job.progress('write', 0, analysis.records.length);
    await job.checkpoint();
    const result = writeImport(db, repo, analysis, writePlan);
    job.progress('write', analysis.records.length, analysis.records.length);
    return result;
  }

  async function run(input: z.output<typeof RunInput>, job: JobControl) {
    const table = await read(input, job);
    const result = await importTable(table, input.file.name, input.mapping, input, job);
    settings.set(MAPPING_KEY, JSON.stringify(toHeaderMapping(input.mapping, table.headers)));
    const batch = repo.latestBatch(input.meetingId);
    return {
      batch: toBatch(batch!),
      registered: result.registered,
      alreadyRegistered: result.alreadyRegistered,
    };
  }

  return {
    inspect,
    check,
    run,
    importTable,
    hasRegistrations: (meetingId: number) => repo.meetingRegistrationCount(meetingId) > 0,
    undoLast(meetingId: number, batchId?: number): UndoResult {
      meetings.get(meetingId);
      return undoLastImport(db, repo, meetingId, batchId, nowIso());
    },
    last(meetingId: number): z.output<typeof ImportBatch> | null {
      const row = repo.latestBatch(meetingId);
      return row ? toBatch(row) : null;
    },
  };
}

export type ImportsService = ReturnType<typeof createImportsService>;
