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
import { displayName } from '../../../shared/domain/people';
import type { CountryMatch } from '../../../shared/domain/country-matching';
import { countryMatcher } from './country-index';
import type { JobControl } from './job';
import type { Table } from './read-table';
import type { z } from 'zod';
import type { ImportReport } from '../../../shared/api/imports';

const CHUNK_ROWS = 2_000;
/** The report carries this many errors and warnings; the counts say how many exist. */
const MAX_LISTED_ISSUES = 1_000;

export interface CountrySpelling {
  value: string;
  count: number;
  rows: number[];
  match: CountryMatch;
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
  };
  const countSpelling = (value: string, row: number) => {
    if (!value) return;
    const known = analysis.countries.get(value);
    if (known) {
      known.count++;
      if (known.rows.length < 10) known.rows.push(row);
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
      const { record, errors, warnings } = readRow(table.rows[i]!, row);
      for (const w of warnings) analysis.warnings.push(w);
      if (!record) {
        analysis.errorRowCount++;
        for (const e of errors) analysis.errors.push(e);
        continue;
      }
      analysis.records.push(record);
      countSpelling(record.country, row);
      countSpelling(record.nationality, row);
      const duplicate = findDuplicate({
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

type Report = z.output<typeof ImportReport>;

/** What the wizard shows: the analysis with people named, duplicates described, first issues listed. */
export function toReport(analysis: Analysis): Report {
  const byRow = new Map(analysis.records.map((r) => [r.row, r]));
  const matcher = countryMatcher();
  return {
    rowCount: analysis.rowCount,
    validCount: analysis.records.length,
    errorRowCount: analysis.errorRowCount,
    errors: analysis.errors.slice(0, MAX_LISTED_ISSUES),
    errorCount: analysis.errors.length,
    warnings: analysis.warnings.slice(0, MAX_LISTED_ISSUES),
    warningCount: analysis.warnings.length,
    duplicates: [...analysis.duplicates.values()].map((d) => {
      const r = byRow.get(d.row)!;
      return {
        row: d.row,
        kind: d.kind,
        match: d.match,
        incoming: {
          name: displayName(r),
          email: r.email,
          organisation: r.organisation,
          country: r.country,
        },
        existing:
          d.kind === 'existing'
            ? {
                personId: d.person.id,
                name: displayName(d.person),
                email: d.person.email,
                organisation: d.person.organisationName,
                countryCode: d.person.countryCode,
                registered: d.person.registered,
              }
            : null,
        firstRow: d.kind === 'file' ? d.firstRow : null,
      };
    }),
    countries: unresolvedSpellings(analysis).map((c) => ({
      value: c.value,
      count: c.count,
      rows: c.rows,
      suggestions: matcher.suggest(c.value),
    })),
    resolvedCountries: [...analysis.countries.values()].flatMap((c) =>
      c.match.kind === 'resolved' ? [{ value: c.value, code: c.match.code, count: c.count }] : [],
    ),
  };
}
