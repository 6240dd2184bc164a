import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/api';
import { fuzzChannel, namedPools, seedDatabase, type ChannelReport } from './fuzz/harness';
import type { NamedPools } from './fuzz/generate';

/** Per channel, as issue 10 asks; `npm run fuzz` runs many more (scripts/fuzz-contract.ts). */
const INPUTS_PER_CHANNEL = 300;

let seedDir = '';
let seedFile = '';
let pools: NamedPools = {};
const reports = new Map<string, ChannelReport>();

beforeAll(async () => {
  seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-fuzz-seed-'));
  seedFile = await seedDatabase(seedDir);
  pools = await namedPools();
}, 60_000);

afterAll(() => {
  fs.rmSync(seedDir, { recursive: true, force: true });
  if (process.env.PLENARY_FUZZ_REPORT)
    console.table(
      Object.fromEntries(
        [...reports].map(([channel, r]) => [
          channel,
          { calls: r.calls, accepted: r.accepted, ...r.refused, ms: Math.round(r.ms) },
        ]),
      ),
    );
});

// Every channel of the contract, read from it: a channel added by another slice is fuzzed too.
describe.each(CHANNEL_NAMES.map((c, i) => [c, i] as const))('fuzzing %s', (channel, index) => {
  it(`answers ${INPUTS_PER_CHANNEL} generated inputs with envelopes, never internal, and writes nothing when it refuses`, async () => {
    const report = await fuzzChannel(channel, seedFile, INPUTS_PER_CHANNEL, pools, 1000 + index);
    reports.set(channel, report);
    expect(report.calls).toBe(INPUTS_PER_CHANNEL);
    expect(report.failures.slice(0, 5)).toEqual([]);
    expect(report.unclean).toEqual([]);
  }, 120_000);
});
