// npm run crash-soak [-- --kills 500 --seed N --concurrency 2]: the long version of the crash test
// in npm test. SIGKILLs the real backend at random moments during imports, agenda edits, backups
// and restores (each on a plain and an encrypted database), and checks the database after each
// kill. Prints a table and exits non-zero on any problem.
import { parseArgs } from 'node:util';
import { runCrashKills } from '../tests/crash/harness';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '500' },
    seed: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
    verbose: { type: 'boolean', default: false },
  },
});

const report = await runCrashKills({
  kills: Number(values.kills),
  concurrency: Number(values.concurrency),
  ...(values.seed ? { seed: Number(values.seed) } : {}),
  log: (line) => {
    if (values.verbose || line.includes('PROBLEM')) console.log(line);
  },
});

console.log(`\n${report.kills} kills in ${report.seconds} s (seed ${report.seed})\n`);
console.log(
  'operation            kills  mid-operation  while opening  operations begun  finished  mid-operation kills by phase',
);
for (const lane of report.lanes)
  console.log(
    [
      `${lane.operation}${lane.encrypted ? ' (encrypted)' : ''}`.padEnd(20),
      String(lane.kills).padStart(5),
      String(lane.interrupted).padStart(14),
      String(lane.duringStart).padStart(14),
      String(lane.begun.length).padStart(17),
      String(lane.done.length).padStart(9),
      ` ${Object.entries(lane.phases)
        .map(([phase, count]) => `${phase} ${count}`)
        .join(', ')}`,
    ].join(' '),
  );
console.log(report.problems.length ? `\n${report.problems.join('\n')}` : '\nNo problem found.');
process.exit(report.problems.length ? 1 : 0);
