import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../electron/backend/db/sqlite';
import { DATABASE_FILE, openDatabase } from '../electron/backend/db/connection';
import { memoryDelta, memorySnapshot, sampleInterleaved } from './lib/measure';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/temp';
import type { BenchRow } from './lib/types';

const N = 20;
const WARMUP = 3;

/** The pragmas connection.ts sets, so the baseline differs from the real open only by migrations. */
function openBare(file: string): Database.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * First start (a fresh data dir, every migration) and everyday start (an up-to-date file), against
 * a bare better-sqlite3 open with the same pragmas. Closing is left out of the timings.
 */
export async function benchDbOpen(): Promise<BenchRow[]> {
  return withTempDir('plenary-bench-db-', async (root) => {
    let dirs = 0;
    const freshFile = () => path.join(root, `data-${dirs++}`, DATABASE_FILE);
    const existing = path.join(root, 'existing', DATABASE_FILE);
    openDatabase(existing).close();

    const opened: Database.Database[] = [];
    let before = process.memoryUsage();
    const samples = await sampleInterleaved(
      {
        bare: () => opened.push(openBare(freshFile())),
        migrate: () => opened.push(openDatabase(freshFile())),
        reopen: () => opened.push(openDatabase(existing)),
      },
      {
        warmup: WARMUP,
        n: N,
        between: () => opened.splice(0).forEach((db) => db.close()),
        afterWarmup: () => (before = memorySnapshot()),
      },
    );
    // Every connection was closed: growth here would be a leak per open, not working memory.
    const memory = memoryDelta(before, memorySnapshot());

    const baseline = 'db: bare open + pragmas';
    return [
      { name: baseline, unit: 'ms', n: N, stats: summarize(samples.bare) },
      {
        name: 'db: fresh dir, all migrations',
        unit: 'ms',
        n: N,
        stats: summarize(samples.migrate),
        baseline,
        memory,
        note: `memory is the growth over the ${3 * N} measured opens, each closed again`,
      },
      {
        name: 'db: reopen, up to date',
        unit: 'ms',
        n: N,
        stats: summarize(samples.reopen),
        baseline,
      },
    ];
  });
}
