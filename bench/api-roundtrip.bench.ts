import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../electron/backend/backend';
import { createApiClient } from './lib/http-client';
import { memoryDelta, sampleInterleaved } from './lib/measure';
import { call, seedMeetings } from './lib/seed';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/temp';
import type { BenchRow } from './lib/types';
import type { HostMessage } from './lib/web-host-child';

const N = 2000;
const WARMUP = 200;
const MEETINGS = 10;
const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib', 'web-host-child.ts');

/** Waits for the next message of one type from the host process; fails if it dies or hangs. */
function nextMessage<T extends HostMessage['type']>(child: ChildProcess, type: T) {
  return new Promise<Extract<HostMessage, { type: T }>>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('message', onMessage);
    };
    const onMessage = (message: HostMessage) => {
      if (message.type !== type) return;
      done();
      resolve(message as Extract<HostMessage, { type: T }>);
    };
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`the web host exited with code ${code}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`the web host sent no "${type}" within 30 s`));
    }, 30_000);
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/**
 * meetings.list through the browser host (in a child process, over keep-alive HTTP) against the same
 * call dispatched directly to a backend in this process: the ratio is the cost of the transport.
 */
export async function benchApiRoundTrip(): Promise<BenchRow[]> {
  return withTempDir('plenary-bench-api-', async (root) => {
    const child = fork(CHILD, [path.join(root, 'host'), String(MEETINGS)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const backend = createBackend({ dataDir: path.join(root, 'direct') });
    try {
      const { port, token } = await nextMessage(child, 'ready');
      await seedMeetings(backend, MEETINGS);
      const client = createApiClient(port, token);
      const replyBytes = JSON.stringify(await client.post('meetings.list', {})).length;
      let hostBefore: NodeJS.MemoryUsage | undefined;
      const samples = await sampleInterleaved(
        {
          direct: () => call(backend, 'meetings.list', {}),
          http: () => client.post('meetings.list', {}),
        },
        {
          warmup: WARMUP,
          n: N,
          afterWarmup: async () => (hostBefore = (await askMemory(child)).usage),
        },
      );
      const hostAfter = (await askMemory(child)).usage;
      const memory = hostBefore && memoryDelta(hostBefore, hostAfter);
      const connections = client.connections();
      client.close();

      const baseline = 'api: direct backend.dispatch';
      return [
        { name: baseline, unit: 'ms', n: N, stats: summarize(samples.direct) },
        {
          name: 'api: round trip via web host',
          unit: 'ms',
          n: N,
          stats: summarize(samples.http),
          baseline,
          targets: [{ stat: 'p50', max: 2 }],
          memory,
          note:
            `meetings.list of ${MEETINGS} meetings (${(replyBytes / 1000).toFixed(1)} KB JSON); ` +
            `host in a child process, node:http keep-alive, ${connections} connection(s) for ` +
            `${N + WARMUP + 1} requests; memory is the host's growth over the measured requests`,
        },
      ];
    } finally {
      backend.close();
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        if (child.connected) child.disconnect();
        else child.kill();
        await exited;
      }
    }
  });
}

function askMemory(child: ChildProcess) {
  const reply = nextMessage(child, 'memory');
  child.send({ type: 'memory' });
  return reply;
}
