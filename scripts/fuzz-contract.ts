// The long version of the contract fuzzer (tests/backend/contract-fuzz.test.ts runs 300 inputs per
// channel in `npm test`): `npm run fuzz -- --inputs 3000 [--only registrations.search] [--seed 7]`.
// Prints, per channel, the calls, how many were accepted or refused with which code, and every
// failure (a reply that is not an envelope, an `internal`, a refused call that wrote, unclean
// text stored). Exits 1 when there is any.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHANNEL_NAMES, type Channel } from '../shared/api';
import { fuzzChannel, namedPools, seedDatabase } from '../tests/backend/fuzz/harness';

const { values } = parseArgs({
  options: {
    inputs: { type: 'string', default: '3000' },
    only: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const inputs = Number(values.inputs);
const channels = CHANNEL_NAMES.filter((c) => !values.only || c === values.only) as Channel[];
if (!Number.isInteger(inputs) || inputs < 1 || channels.length === 0) {
  console.error('Usage: npm run fuzz -- [--inputs N] [--only channel.name] [--seed N]');
  process.exit(2);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-fuzz-seed-'));
let failures = 0;
try {
  const seedFile = await seedDatabase(dir);
  const pools = await namedPools();
  const table: Record<string, Record<string, number>> = {};
  for (const [i, channel] of channels.entries()) {
    const report = await fuzzChannel(
      channel,
      seedFile,
      inputs,
      pools,
      Number(values.seed) * 1000 + i,
    );
    table[channel] = {
      calls: report.calls,
      accepted: report.accepted,
      ...report.refused,
      failures: report.failures.length + report.unclean.length,
    };
    for (const failure of [...report.failures, ...report.unclean])
      console.error(`${channel}: ${failure}`);
    failures += report.failures.length + report.unclean.length;
  }
  console.table(table);
  const total = Object.values(table).reduce((n, row) => n + (row.calls ?? 0), 0);
  console.log(`${total} calls over ${channels.length} channels, ${failures} failures`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
