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
}

/**
 * Where every row of the file stands, each row counted once, so the counters never contradict
 * each other: to add, to merge into someone known, to skip, or waiting for the registrar (a row
 * with errors not yet left out, an undecided duplicate, a country not yet chosen). They add up
 * to the rows of the file.
 */
export interface RowCounts {
  rows: number;
  add: number;
  merge: number;
  skip: number;
  waiting: number;
}

/**
 * The counts from the check's findings and the registrar's answers so far: the counters of the
 * check step and the dry-run summary, computed the way the backend writes.
 */
export function rowCounts(
  report: {
    rowCount: number;
    errorRowCount: number;
    duplicates: readonly DuplicateLike[];
    countries: readonly { value: string; rows: readonly number[] }[];
  },
  answers: {
    decisions: Readonly<Record<number, Decision>>;
    countryAnswers: Readonly<Record<string, string | null>>;
    skipInvalidRows: boolean;
  },
): RowCounts {
  const counts: RowCounts = { rows: report.rowCount, add: 0, merge: 0, skip: 0, waiting: 0 };
  if (answers.skipInvalidRows) counts.skip += report.errorRowCount;
  else counts.waiting += report.errorRowCount;
  const waitingForCountry = new Set<number>();
  for (const c of report.countries)
    if (!Object.hasOwn(answers.countryAnswers, c.value))
      for (const row of c.rows) waitingForCountry.add(row);
  const decided = new Map<number, Decision | null>();
  for (const d of report.duplicates) decided.set(d.row, answers.decisions[d.row] ?? null);
  let counted = 0;
  for (const [row, decision] of decided) {
    counted++;
    if (decision === 'skip') counts.skip++;
    else if (decision === null || waitingForCountry.has(row)) counts.waiting++;
    else if (decision === 'merge') counts.merge++;
    else counts.add++;
  }
  let waitingPlain = 0;
  for (const row of waitingForCountry) if (!decided.has(row)) waitingPlain++;
  const valid = report.rowCount - report.errorRowCount;
  counts.waiting += waitingPlain;
  counts.add += valid - counted - waitingPlain;
  return counts;
}
