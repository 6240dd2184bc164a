import type { BenchRow, Stat, Target } from './types';

export type Verdict = 'pass' | 'FAIL' | 'baseline' | 'info' | 'error';

export interface BenchResult extends BenchRow {
  /** The compared statistic divided by the baseline's, both from this run. */
  ratio?: number;
  verdict: Verdict;
  error?: string;
}

/** The statistic a row is compared on: latency rows on p50, one-shot figures (sizes) on total. */
export function headline(row: BenchRow): Stat {
  return row.compareOn ?? (row.stats.p50 !== undefined ? 'p50' : 'total');
}

function meets(row: BenchRow, ratio: number | undefined, target: Target): boolean {
  const value = target.stat === 'ratio' ? ratio : row.stats[target.stat];
  return value !== undefined && !Number.isNaN(value) && value < target.max;
}

/** Resolves each row's baseline by name and judges it against its targets. */
export function evaluate(rows: readonly BenchRow[]): BenchResult[] {
  const byName = new Map(rows.map((r) => [r.name, r]));
  const baselines = new Set(rows.flatMap((r) => (r.baseline ? [r.baseline] : [])));
  return rows.map((row) => {
    const base = row.baseline ? byName.get(row.baseline) : undefined;
    const stat = headline(row);
    const value = row.stats[stat];
    const baseValue = base?.stats[stat];
    const ratio = value !== undefined && baseValue ? value / baseValue : undefined;
    const verdict: Verdict = row.targets?.length
      ? row.targets.every((t) => meets(row, ratio, t))
        ? 'pass'
        : 'FAIL'
      : baselines.has(row.name)
        ? 'baseline'
        : 'info';
    return { ...row, ratio, verdict };
  });
}
