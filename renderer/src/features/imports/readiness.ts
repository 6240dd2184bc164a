import type { Decision } from '../../../../shared/domain/imports';
import type { Report } from './imports.store';

/** What still stops the import, as i18n keys with their counts; empty when it can run. */
export function blockers(
  report: Report,
  state: {
    skipInvalidRows: boolean;
    decisions: Readonly<Record<number, Decision>>;
    countryAnswers: Readonly<Record<string, string | null>>;
  },
): { key: string; count: number }[] {
  const out: { key: string; count: number }[] = [];
  if (report.errorRowCount > 0 && !state.skipInvalidRows)
    out.push({ key: 'imports.check.blockErrors', count: report.errorRowCount });
  const unanswered = report.countries.filter((c) => !(c.value in state.countryAnswers)).length;
  if (unanswered) out.push({ key: 'imports.check.blockCountries', count: unanswered });
  const undecided = report.duplicates.filter((d) => !state.decisions[d.row]).length;
  if (undecided) out.push({ key: 'imports.check.blockDuplicates', count: undecided });
  if (report.validCount === 0) out.push({ key: 'imports.check.blockNothing', count: 0 });
  return out;
}
