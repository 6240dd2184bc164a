import type { z } from 'zod';
import type { ImportReport, IssueGroup } from '../../../shared/api/imports';
import { SUGGESTED_DECISION } from '../../../shared/domain/import-dedupe';
import type { ImportRecord, RowIssue } from '../../../shared/domain/import-rows';
import { displayName } from '../../../shared/domain/people';
import { countryMatcher } from './country-index';
import { unresolvedSpellings, type Analysis } from './import-analysis';

/** The report carries this many single errors and warnings; the counts say how many exist. */
const MAX_LISTED_ISSUES = 1_000;
/** Rows and values named per group of issues. */
const GROUP_ROWS = 50;
const GROUP_VALUES = 5;

type Report = z.output<typeof ImportReport>;

/** Issues of one cause (message and field) gathered into one line with their rows and values. */
export function groupIssues(issues: readonly RowIssue[]): z.output<typeof IssueGroup>[] {
  const groups = new Map<string, z.output<typeof IssueGroup>>();
  for (const issue of issues) {
    const key = `${issue.field ?? ''}|${issue.message}`;
    let group = groups.get(key);
    if (!group) {
      group = { field: issue.field, message: issue.message, count: 0, rows: [], values: [] };
      groups.set(key, group);
    }
    group.count++;
    if (group.rows.length < GROUP_ROWS && group.rows.at(-1) !== issue.row)
      group.rows.push(issue.row);
    if (issue.value && group.values.length < GROUP_VALUES && !group.values.includes(issue.value))
      group.values.push(issue.value);
  }
  return [...groups.values()];
}

/** What the wizard shows: the analysis with people named, duplicates described, issues grouped. */
export function toReport(analysis: Analysis): Report {
  const byRow = new Map(analysis.records.map((r) => [r.row, r]));
  const matcher = countryMatcher();
  const codeOf = (spelling: string) => {
    const match = analysis.countries.get(spelling)?.match;
    return match?.kind === 'resolved' ? match.code : null;
  };
  const rowPerson = (r: ImportRecord) => ({
    name: displayName({ givenNames: r.givenNames, familyNames: r.familyNames }),
    email: r.email,
    organisation: r.organisation,
    country: r.country,
    countryCode: codeOf(r.country),
  });
  const emptyCount = (pick: (r: ImportRecord) => string) =>
    analysis.records.reduce((n, r) => n + (pick(r) ? 0 : 1), 0);
  return {
    rowCount: analysis.rowCount,
    validCount: analysis.records.length,
    errorRowCount: analysis.errorRowCount,
    errors: analysis.errors.slice(0, MAX_LISTED_ISSUES),
    errorCount: analysis.errors.length,
    warnings: analysis.warnings.slice(0, MAX_LISTED_ISSUES),
    warningCount: analysis.warnings.length,
    errorGroups: groupIssues(analysis.errors),
    warningGroups: groupIssues(analysis.warnings),
    statusValues: [...analysis.statusValues.values()],
    roleValues: [...analysis.roleValues.values()],
    statusEmptyCount: emptyCount((r) => r.statusValue),
    roleEmptyCount: emptyCount((r) => r.roleValue),
    duplicates: [...analysis.duplicates.values()].map((d) => {
      const earlier = d.kind === 'file' ? byRow.get(d.firstRow) : undefined;
      return {
        row: d.row,
        kind: d.kind,
        reason: d.reason,
        suggested: SUGGESTED_DECISION[d.reason],
        incoming: rowPerson(byRow.get(d.row)!),
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
        earlier: earlier ? rowPerson(earlier) : null,
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
