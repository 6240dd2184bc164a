/** The statistics a row can carry; `total` is for one-shot figures such as sizes or whole imports. */
export type Stat = 'p50' | 'p95' | 'mean' | 'total';

/** A limit from an issue's Speed section: `stat` (or the ratio to the baseline) must stay below `max`. */
export interface Target {
  stat: Stat | 'ratio';
  max: number;
}

export interface MemoryDelta {
  rssMB: number;
  heapMB: number;
}

/**
 * One measured line of the table. Rows name their baseline instead of embedding it, so the baseline
 * is printed as a row of its own and a later module can compare several rows with one baseline.
 */
export interface BenchRow {
  /** Unique in the run: baselines are referred to by it. */
  name: string;
  unit: 'ms' | 'KB';
  /** Samples for timings; files for sizes. */
  n: number;
  stats: Partial<Record<Stat, number>>;
  /** The statistic divided by the baseline's same statistic; defaults to p50, else total. */
  compareOn?: Stat;
  /** Name of the row, measured in the same run, that this one is a ratio of. */
  baseline?: string;
  targets?: Target[];
  memory?: MemoryDelta;
  /** Printed under the table: how it was measured, so the figure can be read correctly. */
  note?: string;
}

export interface BenchOptions {
  /** Measure the existing out/renderer instead of building into a temp dir. */
  noBuild: boolean;
}

/** A benchmark module: what run.ts lists. Later issues add theirs here (import, search, render). */
export interface Bench {
  name: string;
  run: (options: BenchOptions) => Promise<BenchRow[]>;
}
