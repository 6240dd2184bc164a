import { DomainError } from '../errors';
import { mapsAName, type ColumnMapping } from '../../../shared/domain/import-fields';
import {
  createRowReader,
  type ImportRecord,
  type RowIssue,
} from '../../../shared/domain/import-rows';
import {
  createDuplicateFinder,
  type DuplicateMatch,
  type ExistingPerson,
} from '../../../shared/domain/import-dedupe';
import { normaliseValue } from '../../../shared/domain/import-values';
import type { Role, Status } from '../../../shared/domain/people';
import type { CountryMatch } from '../../../shared/domain/country-matching';
import { countryMatcher } from './country-index';
import type { JobControl } from './job';
import type { Table } from './read-table';

const CHUNK_ROWS = 2_000;
/** Row numbers kept per distinct value, to show where it comes from. */
const LISTED_ROWS = 10;

export interface CountrySpelling {
  value: string;
  count: number;
  rows: number[];
  match: CountryMatch;
}

/** One distinct value of the status or role column, with what it is taken to mean. */
export interface ValueCount<T extends string> {
  /** normaliseValue of the cell: "Complété" and "complete" are one entry. */
  key: string;
  /** The first spelling met, as the file writes it. */
  value: string;
  count: number;
  rows: number[];
  suggested: T | null;
}

/** Everything the check found, kept for the writer so it never re-decides what the user saw. */
export interface Analysis {
  rowCount: number;
  records: ImportRecord[];
  duplicates: Map<number, DuplicateMatch>;
  errors: RowIssue[];
  errorRowCount: number;
  warnings: RowIssue[];
  countries: Map<string, CountrySpelling>;
  statusValues: Map<string, ValueCount<Status>>;
  roleValues: Map<string, ValueCount<Role>>;
}

function countValue<T extends string>(
  values: Map<string, ValueCount<T>>,
  value: string,
  suggested: T | null,
  row: number,
): void {
  if (!value) return;
  const key = normaliseValue(value);
  const known = values.get(key);
  if (!known) values.set(key, { key, value, count: 1, rows: [row], suggested });
  else {
    known.count++;
    if (known.rows.length < LISTED_ROWS) known.rows.push(row);
  }
}

/** The mapping must name the person and point at columns the file has. */
export function checkMapping(mapping: ColumnMapping, columnCount: number): void {
  if (!mapsAName(mapping))
    throw new DomainError('validation', 'imports.messages.mapName', [
      { path: ['mapping'], message: 'imports.messages.mapName' },
    ]);
  for (const column of Object.values(mapping))
    if (column !== undefined && column >= columnCount)
      throw new DomainError('validation', 'imports.messages.mappingOutdated');
}

/**
 * Reads every row, in chunks (yielding between them for progress and cancel): validation, country
 * spellings counted, and duplicates found against `existing` and earlier rows.
 */
export async function analyse(
  table: Table,
  mapping: ColumnMapping,
  existing: readonly ExistingPerson[],
  job: JobControl,
): Promise<Analysis> {
  const width = Math.max(table.headers.length, ...table.rows.slice(0, 50).map((r) => r.length));
  checkMapping(mapping, width);
  const matcher = countryMatcher();
  const findDuplicate = createDuplicateFinder(existing);
  const readRow = createRowReader(mapping);
  const analysis: Analysis = {
    rowCount: table.rows.length,
    records: [],
    duplicates: new Map(),
    errors: [],
    errorRowCount: 0,
    warnings: [],
    countries: new Map(),
    statusValues: new Map(),
    roleValues: new Map(),
  };
  const countSpelling = (value: string, row: number) => {
    if (!value) return;
    const known = analysis.countries.get(value);
    if (known) {
      known.count++;
      // Every row is kept: the check step counts which rows still wait for a country.
      known.rows.push(row);
    } else
      analysis.countries.set(value, {
        value,
        count: 1,
        rows: [row],
        match: matcher.resolve(value),
      });
  };

  const total = table.rows.length;
  for (let start = 0; start < total; start += CHUNK_ROWS) {
    const end = Math.min(total, start + CHUNK_ROWS);
    for (let i = start; i < end; i++) {
      const row = table.rowNumbers[i] ?? i + 2;
      const { record, rowKey, errors, warnings } = readRow(table.rows[i]!, row);
      for (const w of warnings) analysis.warnings.push(w);
      if (!record) {
        analysis.errorRowCount++;
        for (const e of errors) analysis.errors.push(e);
        continue;
      }
      analysis.records.push(record);
      countSpelling(record.country, row);
      countSpelling(record.nationality, row);
      countValue(analysis.statusValues, record.statusValue, record.status, row);
      countValue(analysis.roleValues, record.roleValue, record.role, row);
      const duplicate = findDuplicate({
        rowKey,
        row,
        givenNames: record.givenNames,
        familyNames: record.familyNames,
        email: record.email,
        organisation: record.organisation,
        organisationAcronym: record.organisationAcronym,
      });
      if (duplicate) analysis.duplicates.set(row, duplicate);
    }
    job.progress('check', end, total);
    await job.checkpoint();
  }
  return analysis;
}

/** The spellings still needing an answer: unknown, or matching several countries. */
export function unresolvedSpellings(analysis: Analysis): CountrySpelling[] {
  return [...analysis.countries.values()].filter((c) => c.match.kind !== 'resolved');
}
