import { describe, expect, it } from 'vitest';
import { CRASH_OPERATIONS } from '../crash/crash-operations';
import { runCrashKills } from '../crash/harness';

// The long version (500 kills): npm run crash-soak.
describe('the backend killed (SIGKILL) at random moments', () => {
  it('leaves a database that opens, passes integrity_check, and holds each operation whole or not at all', async () => {
    const report = await runCrashKills({ kills: 60, concurrency: 2 });
    expect(report.problems, `seed ${report.seed}`).toEqual([]);
    expect(report.kills).toBeGreaterThanOrEqual(50);
    // The kills hit every kind of operation in the middle, on plain and encrypted files alike.
    for (const operation of Object.keys(CRASH_OPERATIONS))
      for (const encrypted of [false, true]) {
        const lane = report.lanes.find(
          (l) => l.operation === operation && l.encrypted === encrypted,
        )!;
        expect(lane.interrupted, `${operation}${encrypted ? ' (encrypted)' : ''}`).toBeGreaterThan(
          0,
        );
      }
    console.log(
      `${report.kills} kills in ${report.seconds} s (seed ${report.seed}); operations begun: ` +
        report.lanes
          .map((l) => `${l.operation}${l.encrypted ? '*' : ''} ${l.begun.length}`)
          .join(', '),
    );
  }, 600_000);
});
