import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createBackend } from '../../electron/backend/backend';
import { deriveKey, readSalt, type DatabaseKey } from '../../electron/backend/db/database-key';
import { CRASH_OPERATIONS } from './crash-operations';
import type { CrashOrders } from './crash-child';

/**
 * Kills the real backend with SIGKILL at random moments while it works on a real file, then
 * checks what a user would find at the next start: the database opens, passes integrity_check
 * and foreign_key_check, and holds every interrupted operation whole or not at all (and every
 * finished one whole). Used by `npm test` (tests/backend/crash-kill.test.ts) and, at length, by
 * `npm run crash-soak`.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One data folder, killed again and again during one kind of operation. */
interface Lane {
  operation: string;
  encrypted: boolean;
  dataDir: string;
  key: DatabaseKey | null;
  next: number;
  begun: number[];
  done: number[];
  kills: number;
  /** Kills that landed in the middle of an operation (begun, not done). */
  interrupted: number;
  /** Kills that landed while the backend was still opening the file. */
  duringStart: number;
  /** Mid-operation kills by the phase the operation reported last (an import's "write"...). */
  phases: Record<string, number>;
  /** How long finished operations took, to aim the next kills within one. */
  durations: number[];
}

export interface CrashReport {
  kills: number;
  seconds: number;
  seed: number;
  lanes: Pick<
    Lane,
    | 'operation'
    | 'encrypted'
    | 'kills'
    | 'interrupted'
    | 'duringStart'
    | 'phases'
    | 'begun'
    | 'done'
  >[];
  problems: string[];
}

export interface CrashOptions {
  kills: number;
  /** Operations to kill (default: every one in CRASH_OPERATIONS), each plain and encrypted. */
  operations?: string[];
  /** Lanes worked on at the same time. */
  concurrency?: number;
  seed?: number;
  /**
   * A kill lands up to this long after the backend is ready; by default twice as long as the
   * lane's operations take (measured as it goes), so kills fall anywhere inside them.
   */
  maxDelayMs?: number;
  log?: (line: string) => void;
}

/** A small seeded generator (mulberry32): a failing run can be replayed with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The child as one JavaScript file with its dependencies: loading TypeScript through a loader,
 * or hundreds of module files, would cost seconds at every kill. Only the native SQLite driver
 * stays outside (loaded from node_modules, beside the bundle).
 */
async function bundleChild(): Promise<string> {
  const outfile = path.join(
    root,
    'node_modules',
    '.cache',
    'plenary-crash',
    `child-${process.pid}.mjs`,
  );
  await build({
    entryPoints: [path.join(root, 'tests', 'crash', 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['better-sqlite3-multiple-ciphers'],
    // CommonJS dependencies inside an ES module still call require().
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return outfile;
}

/** Starts a child and resolves once its code is loaded (it then waits for its orders). */
function spawnChild(bundle: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bundle], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      lines.close();
      if (line === 'loaded') resolve(child);
      else reject(new Error(`The crash child said "${line}" instead of "loaded".`));
    });
    child.once('exit', (code) =>
      reject(new Error(`The crash child exited (${code}) while loading.`)),
    );
  });
}

/** Gives a child its orders, kills it after `delay` ms, and records what it said meanwhile. */
function killDuring(
  child: ChildProcess,
  orders: CrashOrders,
  delay: number,
  fromReady: boolean,
  lane: Lane,
): Promise<string[]> {
  const problems: string[] = [];
  let ready = false;
  let phase = 'start';
  let began = 0;
  let stderr = '';
  const timer = (ms: number) => setTimeout(() => child.kill('SIGKILL'), ms);
  let pending: NodeJS.Timeout | null = fromReady ? null : timer(delay);
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = readline.createInterface({ input: child.stdout! });
  lines.on('line', (line) => {
    const [word, rest] = [line.split(' ', 1)[0], line.slice(line.indexOf(' ') + 1)];
    if (word === 'ready') {
      ready = true;
      if (fromReady) pending = timer(delay);
    } else if (word === 'begin') {
      lane.begun.push(Number(rest));
      phase = 'begin';
      began = performance.now();
    } else if (word === 'done') {
      lane.done.push(Number(rest));
      lane.durations.push(performance.now() - began);
    } else if (word === 'phase') phase = rest;
    else if (word === 'not-open' || word === 'failed') problems.push(`the backend ${line}`);
  });
  child.stdin!.write(`${JSON.stringify(orders)}\n`);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      if (pending) clearTimeout(pending);
      if (signal !== 'SIGKILL')
        problems.push(`the child stopped by itself (${code}): ${stderr.trim().slice(0, 500)}`);
      lane.kills++;
      if (!ready) lane.duringStart++;
      const last = lane.begun.at(-1);
      if (ready && last !== undefined && !lane.done.includes(last)) {
        lane.interrupted++;
        lane.phases[phase] = (lane.phases[phase] ?? 0) + 1;
      }
      resolve(problems);
    });
  });
}

/** What a user would find at the next start, checked as the app itself opens it. */
function verify(lane: Lane): string[] {
  try {
    return check(lane);
  } catch (error) {
    return [`the check failed: ${error instanceof Error ? error.message : String(error)}`];
  }
}

function check(lane: Lane): string[] {
  const backend = createBackend({ dataDir: lane.dataDir, key: lane.key, log: () => {} });
  try {
    const { state } = backend.session;
    if (state.kind !== 'open') return [`the database did not open: ${state.kind}`];
    const integrity = backend.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return [`integrity_check: ${String(integrity)}`];
    const links = backend.db.pragma('foreign_key_check') as unknown[];
    if (links.length) return [`foreign_key_check: ${links.length} broken links`];
    return CRASH_OPERATIONS[lane.operation]!.verify(backend, lane, lane.key);
  } finally {
    backend.close();
  }
}

const PASSPHRASE = 'crash test passphrase';

async function prepareLane(operation: string, encrypted: boolean, base: string): Promise<Lane> {
  const dataDir = fs.mkdtempSync(path.join(base, `${operation}-${encrypted ? 'enc' : 'plain'}-`));
  const backend = createBackend({ dataDir, log: () => {} });
  try {
    await CRASH_OPERATIONS[operation]!.prepare(backend);
    if (encrypted) {
      const reply = await backend.dispatch('backup.setPassphrase', { passphrase: PASSPHRASE });
      if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    }
  } finally {
    backend.close();
  }
  // The child gets the key an unlock would derive from the file's salt.
  const salt = encrypted ? readSalt(path.join(dataDir, 'plenary.sqlite')) : null;
  return {
    operation,
    encrypted,
    dataDir,
    key: salt ? await deriveKey(PASSPHRASE, salt) : null,
    next: 1,
    begun: [],
    done: [],
    kills: 0,
    interrupted: 0,
    duringStart: 0,
    phases: {},
    durations: [],
  };
}

export async function runCrashKills(options: CrashOptions): Promise<CrashReport> {
  const started = performance.now();
  const seed = options.seed ?? Date.now() % 1_000_000_007;
  const next = random(seed);
  const log = options.log ?? (() => {});
  /** Twice a typical operation of the lane (its median so far), within sane bounds. */
  const windowOf = (lane: Lane) => {
    if (options.maxDelayMs) return options.maxDelayMs;
    const sorted = [...lane.durations].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    return median === undefined ? 1500 : Math.min(8000, Math.max(200, 2 * median));
  };
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-crash-'));
  const bundle = await bundleChild();
  const operations = options.operations ?? Object.keys(CRASH_OPERATIONS);
  const lanes: Lane[] = [];
  for (const operation of operations)
    for (const encrypted of [false, true])
      lanes.push(await prepareLane(operation, encrypted, base));
  const problems: string[] = [];
  let kills = 0;
  // Children load their code ahead of their turn: loading costs more than a kill.
  const spares: Promise<ChildProcess>[] = [];

  async function cycle(lane: Lane): Promise<void> {
    const child = await (spares.shift() ?? spawnChild(bundle));
    spares.push(spawnChild(bundle));
    // Most kills land once the backend works; some while it opens the file (recovery, checks).
    const fromReady = next() > 0.15;
    const delay = Math.floor(next() * (fromReady ? windowOf(lane) : 150));
    const orders = {
      dataDir: lane.dataDir,
      operation: lane.operation,
      first: lane.next,
      key: lane.key,
    };
    const found = await killDuring(child, orders, delay, fromReady, lane);
    lane.next = Math.max(lane.next, (lane.begun.at(-1) ?? 0) + 1);
    found.push(...verify(lane));
    const where = `${lane.operation}${lane.encrypted ? ' (encrypted)' : ''}, kill ${lane.kills}, seed ${seed}`;
    for (const problem of found) problems.push(`${where}: ${problem}`);
    log(
      `${where}: ${fromReady ? 'after ready' : 'from start'} +${delay} ms, ${found.length ? 'PROBLEM' : 'ok'}`,
    );
  }

  let turn = 0;
  async function worker(): Promise<void> {
    while (kills < options.kills) {
      kills++;
      const lane = lanes[turn++ % lanes.length]!;
      // Two workers never share a lane: one waits for the other's kill on the same file.
      while (busy.has(lane)) await new Promise((resolve) => setTimeout(resolve, 10));
      busy.add(lane);
      try {
        await cycle(lane);
      } finally {
        busy.delete(lane);
      }
    }
  }
  const busy = new Set<Lane>();
  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 2 }, () => worker()));
  } finally {
    await Promise.all(
      spares.map((spare) =>
        spare.then(
          (child) => child.kill('SIGKILL'),
          () => {},
        ),
      ),
    );
    fs.rmSync(bundle, { force: true });
    fs.rmSync(base, { recursive: true, force: true });
  }
  return {
    kills: lanes.reduce((sum, lane) => sum + lane.kills, 0),
    seconds: Math.round((performance.now() - started) / 100) / 10,
    seed,
    lanes: lanes.map(
      ({ operation, encrypted, kills, interrupted, duringStart, phases, begun, done }) => ({
        operation,
        encrypted,
        kills,
        interrupted,
        duringStart,
        phases,
        begun,
        done,
      }),
    ),
    problems,
  };
}
