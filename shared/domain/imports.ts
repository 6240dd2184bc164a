/** Vocabulary and limits of spreadsheet import; plain data so the renderer need not load zod. */

/** Files above this are refused, in the renderer before sending and again in the backend. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const IMPORT_MAX_MB = IMPORT_MAX_BYTES / 1024 / 1024;

/** Data rows above this are refused: one transaction and one wizard are not built for more. */
export const IMPORT_MAX_ROWS = 100_000;

export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const FILE_FORMATS = ['csv', 'xlsx'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** What to do with a row that matches someone already known (or an earlier row). */
export const DECISIONS = ['merge', 'skip', 'create'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Phases reported in job.progress events while an import is read, checked and written. */
export const IMPORT_PHASES = ['read', 'check', 'write'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

export interface DuplicateLike {
  row: number;
  kind: 'existing' | 'file';
}

export interface PlanSummary {
  created: number;
  merged: number;
  skipped: number;
}

/**
 * What an import will do, from the checked counts and the registrar's choices: the dry-run summary
 * the wizard shows before anything is written, computed the same way the backend writes.
 */
export function planSummary(
  report: { validCount: number; errorRowCount: number; duplicates: readonly DuplicateLike[] },
  decisions: Readonly<Record<number, Decision>>,
  skipInvalidRows: boolean,
  fallback: Decision,
): PlanSummary {
  let merged = 0;
  let skipped = skipInvalidRows ? report.errorRowCount : 0;
  let createdDuplicates = 0;
  for (const d of report.duplicates) {
    const decision = decisions[d.row] ?? fallback;
    if (decision === 'merge') merged++;
    else if (decision === 'skip') skipped++;
    else createdDuplicates++;
  }
  return {
    created: report.validCount - report.duplicates.length + createdDuplicates,
    merged,
    skipped,
  };
}
