import { describe, expect, it } from 'vitest';
import { rowCounts } from '../../shared/domain/imports';

const report = {
  rowCount: 121,
  errorRowCount: 2,
  duplicates: [{ row: 5 }, { row: 9 }, { row: 30 }],
  countries: [{ value: 'Dahomey', rows: [9, 12, 13] }],
};
const sum = (c: ReturnType<typeof rowCounts>) => c.add + c.merge + c.skip + c.waiting;

describe('the check step’s counters', () => {
  it('never count "ready" rows that still wait for an answer, and always add up to the rows', () => {
    const waiting = rowCounts(report, {
      decisions: { 5: 'merge' },
      countryAnswers: {},
      skipInvalidRows: false,
    });
    // Row 9 waits for a decision and a country, row 30 for a decision, rows 12 and 13 for a
    // country, and the two rows with errors for the registrar to leave them out.
    expect(waiting).toEqual({ rows: 121, add: 114, merge: 1, skip: 0, waiting: 6 });
    expect(sum(waiting)).toBe(121);

    const settled = rowCounts(report, {
      decisions: { 5: 'merge', 9: 'skip', 30: 'create' },
      countryAnswers: { Dahomey: 'BJ' },
      skipInvalidRows: true,
    });
    expect(settled).toEqual({ rows: 121, add: 117, merge: 1, skip: 3, waiting: 0 });
    expect(sum(settled)).toBe(121);
  });
});
