// The process the crash harness kills: the real backend on a real data folder, running one kind of
// operation over and over. It loads its code first and says "loaded", then waits for its orders
// on stdin (so the harness can start the next one while the last one runs). It says on stdout
// when each operation begins and ends, written synchronously: a line the harness reads was true
// at the moment of the kill.
import fs from 'node:fs';
import readline from 'node:readline';
import { createBackend } from '../../electron/backend/backend';
import { isDatabaseKey } from '../../electron/backend/db/database-key';
import { CRASH_OPERATIONS } from './crash-operations';

export interface CrashOrders {
  dataDir: string;
  operation: string;
  first: number;
  key: string | null;
}

const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function run({ dataDir, operation, first, key }: CrashOrders): Promise<never> {
  const backend = createBackend({
    dataDir,
    key: isDatabaseKey(key) ? key : null,
    log: (message, error) => say(`log ${message}: ${String(error)}`),
  });
  if (backend.session.state.kind !== 'open') {
    say(`not-open ${backend.session.state.kind}`);
    process.exit(2);
  }
  // An import's phases (read, check, write), so a kill can be placed within the operation.
  backend.onEvent((event, payload) => {
    if (event === 'job.progress') say(`phase ${(payload as { phase: string }).phase}`);
  });
  say('ready');
  const op = CRASH_OPERATIONS[operation]!;
  for (let n = first; ; n++) {
    say(`begin ${n}`);
    await op.run(backend, n);
    say(`done ${n}`);
  }
}

say('loaded');
const lines = readline.createInterface({ input: process.stdin });
lines.once('line', (line) => {
  lines.close();
  run(JSON.parse(line) as CrashOrders).catch((error: unknown) => {
    say(`failed ${error instanceof Error ? error.message : String(error)}`);
    process.exit(3);
  });
});
