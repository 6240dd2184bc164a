import v8 from 'node:v8';
import vm from 'node:vm';
import type { MemoryDelta } from './types';

type Task = () => unknown;

/** Milliseconds taken by one call, awaiting it only when it returns a promise. */
async function timeOnce(task: Task): Promise<number> {
  const start = process.hrtime.bigint();
  const result = task();
  if (result instanceof Promise) await result;
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface SampleOptions {
  warmup: number;
  n: number;
  /** Runs after each timed call, untimed (closing what the call opened). */
  between?: () => unknown;
  /** Runs once when warm-up ends, so memory snapshots leave out one-time growth (code, caches). */
  afterWarmup?: () => unknown;
}

/**
 * Times every case `n` times after `warmup` untimed rounds. The cases take turns within each round, so
 * drift (CPU clock, GC, disk cache) hits the subject and its baseline alike.
 */
export async function sampleInterleaved<K extends string>(
  cases: Record<K, Task>,
  options: SampleOptions,
): Promise<Record<K, number[]>> {
  const names = Object.keys(cases) as K[];
  const samples = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < options.warmup + options.n; round++) {
    if (round === options.warmup) await options.afterWarmup?.();
    for (const name of names) {
      const ms = await timeOnce(cases[name]);
      if (round >= options.warmup) samples[name].push(ms);
      await options.between?.();
    }
  }
  return samples;
}

// tsx cannot pass --expose-gc through `npm run bench`; the flag can still be set at run time and
// the gc function fetched from a fresh context. Without a GC before each snapshot, deltas are noise.
const collect: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  })();

/** Memory after a full GC: what is still held, not what is merely garbage. */
export function memorySnapshot(): NodeJS.MemoryUsage {
  collect();
  return process.memoryUsage();
}

/** The growth between two snapshots, in MB. */
export function memoryDelta(before: NodeJS.MemoryUsage, after: NodeJS.MemoryUsage): MemoryDelta {
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return { rssMB: mb(after.rss - before.rss), heapMB: mb(after.heapUsed - before.heapUsed) };
}
