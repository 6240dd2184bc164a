import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { createBackend, type Backend } from '../electron/backend/backend';
import { startWorkerBackend } from '../electron/backend/worker/worker-backend';
import { createWebServer } from '../electron/web/server';
import { newToken } from '../electron/web/web-security';
import { findBrowser } from '../scripts/find-browser.mjs';
import { SAMPLE_SPECIALISTS_GROUP } from '../electron/backend/demo/sample-meetings';
import { qrPayload } from '../shared/domain/badge-token';
import { seedParticipants } from './participants-render.bench';
import { call } from './lib/seed';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/temp';
import { rendererDir } from './lib/browser';
import type { BenchOptions, BenchRow } from './lib/types';
import { startHostProcess } from './lib/host-process';

const REGISTRATIONS = 5_000;
/** 08:30 in Lyon on the meeting's first morning: the desk's "today". */
const FIRST_MORNING = Date.parse('2026-11-14T07:30:00Z');
const BACKEND_SCANS = 400;
const BROWSER_SCANS = 60;
const WARMUP = 10;
const NOT_A_BADGE = 'https://tickets.example.org/e/88213?c=AB12';

/** A meeting of 5,000 registrations with their badges, on a backend whose clock stands on its first morning. */
async function seededDesk(dataDir: string) {
  const start = Date.now();
  const backend = createBackend({ dataDir, clock: () => FIRST_MORNING + (Date.now() - start) });
  const meeting = (await call(backend, 'meetings.create', SAMPLE_SPECIALISTS_GROUP)) as {
    id: number;
  };
  await seedParticipants(backend, meeting.id, REGISTRATIONS);
  const ids = (backend.db.prepare('SELECT id FROM registration').pluck().all() as number[]).slice();
  const tokens = (await call(backend, 'attendance.badgeTokens', {
    meetingId: meeting.id,
    registrationIds: ids,
  })) as { registrationId: number; token: string }[];
  // Declined and cancelled people are turned away, not checked in: scan the others.
  const statuses = new Map(
    (
      backend.db.prepare('SELECT id, status FROM registration').all() as {
        id: number;
        status: string;
      }[]
    ).map((r) => [r.id, r.status]),
  );
  const admitted = tokens.filter(
    (t) => !['declined', 'cancelled'].includes(statuses.get(t.registrationId) ?? ''),
  );
  return { backend, meetingId: meeting.id, codes: admitted.map((t) => qrPayload(t.token)) };
}

async function dispatchOk(backend: Backend, channel: string, input: unknown): Promise<unknown> {
  const reply = await backend.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

/** Scan → "checked in" through the backend's dispatch (parse, check, write, answer), each a new person. */
async function benchBackend(dir: string): Promise<BenchRow[]> {
  const { backend, meetingId, codes } = await seededDesk(path.join(dir, 'backend'));
  try {
    const place = { meetingId, day: '2026-11-14', sessionId: null, operator: 'Bench' };
    const scans: number[] = [];
    const refusals: number[] = [];
    const counters: number[] = [];
    const commits: number[] = [];
    const unsynced: number[] = [];
    // The disk's share: one row written and committed with the same durability as a check-in.
    const touch = backend.db.prepare(
      "INSERT INTO setting (key, value) VALUES ('bench.touch', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    );
    const commit = backend.db.transaction((i: number) => touch.run(String(i)));
    for (let i = 0; i < WARMUP + BACKEND_SCANS; i++) {
      let t = performance.now();
      commit(i);
      const committed = performance.now() - t;
      t = performance.now();
      const answer = (await dispatchOk(backend, 'attendance.scan', {
        ...place,
        text: codes[i]!,
      })) as { outcome: string };
      const scan = performance.now() - t;
      if (answer.outcome !== 'checked_in') throw new Error(`scan ${i}: ${answer.outcome}`);
      t = performance.now();
      await dispatchOk(backend, 'attendance.scan', { ...place, text: NOT_A_BADGE });
      const refusal = performance.now() - t;
      t = performance.now();
      if (i % 10 === 0) await dispatchOk(backend, 'attendance.counters', place);
      const counted = performance.now() - t;
      if (i < WARMUP) continue;
      scans.push(scan);
      refusals.push(refusal);
      commits.push(committed);
      if (i % 10 === 0) counters.push(counted);
    }
    // The same scan with the commit left to the OS (synchronous=NORMAL): the work without the disk.
    backend.db.pragma('synchronous = NORMAL');
    for (let i = WARMUP + BACKEND_SCANS; i < WARMUP + 2 * BACKEND_SCANS; i++) {
      const t = performance.now();
      await dispatchOk(backend, 'attendance.scan', { ...place, text: codes[i]! });
      unsynced.push(performance.now() - t);
    }
    backend.db.pragma('synchronous = FULL');
    const base = 'desk (backend): unreadable scan, nothing written';
    const disk = 'desk (backend): one-row commit, synchronous=FULL';
    return [
      { name: base, unit: 'ms', n: refusals.length, stats: summarize(refusals) },
      {
        name: disk,
        unit: 'ms',
        n: commits.length,
        stats: summarize(commits),
        note: "the disk's share of a check-in: one row written and synced, as the database is opened",
      },
      {
        name: 'desk (backend): scan → checked in, 5,000 registrations',
        unit: 'ms',
        n: scans.length,
        stats: summarize(scans),
        baseline: base,
        targets: [{ stat: 'p95', max: 5 }],
        note: 'backend.dispatch of attendance.scan with a badge code: token lookup, card, write and log in one transaction (synchronous=FULL)',
      },
      {
        name: 'desk (backend): scan → checked in, commit not synced',
        unit: 'ms',
        n: unsynced.length,
        stats: summarize(unsynced),
        baseline: disk,
        note: 'the same scans under synchronous=NORMAL, for the work apart from the sync (the app keeps FULL)',
      },
      {
        name: 'desk (backend): counters by region, 5,000 registrations',
        unit: 'ms',
        n: counters.length,
        stats: summarize(counters),
        note: 'asked after an answer is shown, never before it',
      },
    ];
  } finally {
    backend.close();
  }
}

interface HostReady {
  port: number;
  token: string;
  meetingId: number;
  codes: string[];
}

const HOST_FLAG = 'PLENARY_BENCH_DESK_HOST';

/**
 * The browser host with the seeded meeting, in a process of its own as in real use, its backend in
 * worker threads as `npm run web` runs it (the writer and the reader), clock on the first morning.
 */
async function runHost(dataDir: string, rendererDir: string): Promise<void> {
  const seeded = await seededDesk(dataDir);
  seeded.backend.close();
  const backend = await startWorkerBackend({ dataDir, now: FIRST_MORNING, log: () => {} });
  const token = newToken();
  const server = createWebServer({ backend, rendererDir, token });
  const { meetingId, codes } = seeded;
  server.listen(0, '127.0.0.1', () => {
    const port = (server.address() as AddressInfo).port;
    process.send?.({ port, token, meetingId, codes: codes.slice(0, 200) } satisfies HostReady);
  });
  process.on('disconnect', () => {
    server.closeAllConnections();
    server.close();
    void backend.close().then(() => process.exit(0));
  });
}

if (process.env[HOST_FLAG] && process.send) {
  const [dataDir, renderer] = process.argv.slice(2);
  await runHost(dataDir!, renderer!);
}

function startHost(dataDir: string, renderer: string) {
  return startHostProcess<HostReady>(fileURLToPath(import.meta.url), HOST_FLAG, [
    dataDir,
    renderer,
  ]);
}

// In-page code as text (tsx would wrap inner functions in a helper the page lacks). The time runs
// from the Enter keydown to the frame after the answer with the next sequence number is in the DOM.
const ARM = `(() => {
  window.__enterAt = 0;
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter') window.__enterAt = performance.now(); }, true);
})()`;
const WAIT_ANSWER = `(target) => new Promise((resolve) => {
  const done = () => requestAnimationFrame(() => resolve(performance.now() - window.__enterAt));
  const seq = () => Number(document.querySelector('[data-testid="desk-answer"]')?.dataset.seq ?? 0);
  if (seq() >= target) return done();
  const observer = new MutationObserver(() => {
    if (seq() < target) return;
    observer.disconnect();
    done();
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
})`;

/** One scan as a scanner makes it: the code typed at once, then Enter; ms until the answer is painted. */
async function timeScan(page: Page, code: string, seq: number): Promise<number> {
  await page.keyboard.insertText(code);
  const answered = page.evaluate(`(${WAIT_ANSWER})(${seq})`) as Promise<number>;
  await page.keyboard.press('Enter');
  return answered;
}

/** From Enter to the answer on screen in Chromium, against the browser host in its own process. */
async function benchBrowser(dir: string, options: BenchOptions): Promise<BenchRow[]> {
  const renderer = rendererDir(options, path.join(dir, 'build'));
  const { child, ready } = await startHost(path.join(dir, 'host'), renderer);
  const browser = await chromium.launch({
    executablePath: process.env.PLENARY_BROWSER ?? findBrowser(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    const origin = `http://127.0.0.1:${ready.port}`;
    await page.goto(`${origin}/?token=${ready.token}#/meetings/${ready.meetingId}/desk`);
    await page.getByRole('combobox', { name: 'Badge or name' }).waitFor();
    await page.evaluate(ARM);
    const scans: number[] = [];
    const refusals: number[] = [];
    let seq = 0;
    for (let i = 0; i < 5 + BROWSER_SCANS; i++) {
      const scan = await timeScan(page, ready.codes[i]!, ++seq);
      const refusal = await timeScan(page, NOT_A_BADGE, ++seq);
      if (i < 5) continue;
      scans.push(scan);
      refusals.push(refusal);
    }
    const outcome = await page.getByTestId('desk-answer').getAttribute('data-outcome');
    if (outcome !== 'unreadable') throw new Error(`the last answer was ${outcome}`);
    const base = 'desk (browser): Enter → answer, unreadable scan';
    return [
      { name: base, unit: 'ms', n: refusals.length, stats: summarize(refusals) },
      {
        name: 'desk (browser): Enter → "checked in" on screen, 5,000 registrations',
        unit: 'ms',
        n: scans.length,
        stats: summarize(scans),
        baseline: base,
        targets: [{ stat: 'p95', max: 100 }],
        note: 'Chromium against the browser host (own process, backend in its worker threads): keydown of Enter to the frame after the answer is in the DOM',
      },
    ];
  } finally {
    await browser.close();
    child.disconnect();
  }
}

/** The check-in desk's speed: the backend's scan, and the whole round trip in the browser. */
export async function benchAttendanceDesk(options: BenchOptions): Promise<BenchRow[]> {
  return withTempDir('plenary-bench-desk-', async (dir) => [
    ...(await benchBackend(dir)),
    ...(await benchBrowser(dir, options)),
  ]);
}
