import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { createBackend } from '../electron/backend/backend';
import { SAMPLE_SPECIALISTS_GROUP } from '../electron/backend/demo/sample-meetings';
import { findBrowser } from '../scripts/find-browser.mjs';
import { sampleInterleaved } from './lib/measure';
import { seedParticipants } from './participants-render.bench';
import { call } from './lib/seed';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/temp';
import { rendererDir } from './lib/browser';
import type { BenchOptions, BenchRow } from './lib/types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHILD = path.join(ROOT, 'bench', 'lib', 'reports-host-child.ts');
const ROWS = 10_000;
const N = 30;
const WARMUP = 5;
const PAGE_N = 12;
const PAGE_WARMUP = 2;
/** The map painted with its countries coloured: the last thing the dashboard draws. */
const MAP = '[data-testid="world-map"] path[data-code="FR"]';
const EMPTY = 'text=No participants yet';

// In-page code as text: tsx would wrap inner functions in a helper the page does not have.
const WAIT_FOR = `(selector, start) => new Promise((resolve) => {
  const found = () => selector.startsWith('text=')
    ? document.body.innerText.includes(selector.slice(5))
    : document.querySelector(selector);
  const painted = () => requestAnimationFrame(() => resolve(performance.now() - start));
  if (found()) return painted();
  const observer = new MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    painted();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
})`;

/** Milliseconds from switching the route to `selector` present and one frame painted. */
async function timeRoute(page: Page, hash: string, selector: string): Promise<number> {
  await page.evaluate(`location.hash = '#/meetings'`);
  await page.waitForFunction(`!document.querySelector('[data-testid="world-map"]')`);
  return page.evaluate(
    `(() => { const start = performance.now(); const done = (${WAIT_FOR})(${JSON.stringify(selector)}, start); location.hash = ${JSON.stringify(hash)}; return done; })()`,
  );
}

/** Milliseconds from navigation start (a fresh page load) to `selector` painted. */
async function timeColdLoad(page: Page, url: string, selector: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(`(${WAIT_FOR})(${JSON.stringify(selector)}, 0)`);
}

async function seeded(dataDir: string) {
  const backend = createBackend({ dataDir });
  const big = (await call(backend, 'meetings.create', SAMPLE_SPECIALISTS_GROUP)) as { id: number };
  const empty = (await call(backend, 'meetings.create', {
    ...SAMPLE_SPECIALISTS_GROUP,
    title: 'Empty meeting',
  })) as { id: number };
  await seedParticipants(backend, big.id, ROWS);
  // The desk's check-ins, written straight into the attendance tables (10,000 people through the
  // desk's channel would be the seed's time): nine in ten present each day, so "attended" is read
  // and counted as it is after a real meeting.
  const days = [0, 1, 2, 3].map((d) => `2026-11-${14 + d}`);
  const ids = backend.db
    .prepare('SELECT id FROM registration WHERE meeting_id = ?')
    .pluck()
    .all(big.id) as number[];
  const insert = backend.db.prepare(`INSERT INTO attendance_day (registration_id, meeting_id, day,
    checked_in_at, method) VALUES (?, ?, ?, ?, 'scan')`);
  backend.db.transaction(() => {
    ids.forEach((id, i) =>
      days.forEach((day, d) => (i + d) % 10 && insert.run(id, big.id, day, `${day}T07:30:00.000Z`)),
    );
  })();
  return { backend, big: big.id, empty: empty.id };
}

/**
 * reports.dashboard over 10,000 registrations against the bare read of the same rows: after a
 * write (nothing cached can answer), and as a filter changes.
 */
async function backendRows(backend: ReturnType<typeof createBackend>, meetingId: number) {
  // The baseline: the columns the figures are counted from, read as they lie, nothing counted.
  const bare = backend.db
    .prepare(
      `SELECT r.id, r.person_id, r.status, r.role, p.gender, p.country_code, p.organisation_id
       FROM registration r JOIN person p ON p.id = r.person_id WHERE r.meeting_id = ?`,
    )
    .raw();
  const touch = backend.db.prepare('UPDATE meeting SET updated_at = updated_at WHERE id = ?');
  // CPU time too: on the shared 2-core machine wall-clock time mostly measures the scheduler.
  const cpu: number[] = [];
  const cold = await sampleInterleaved(
    {
      read: () => bare.all(meetingId),
      dashboard: async () => {
        const before = process.cpuUsage();
        await call(backend, 'reports.dashboard', { meetingId });
        const used = process.cpuUsage(before);
        cpu.push((used.user + used.system) / 1000);
      },
    },
    // A write between samples: every dashboard reads its rows again, as after an edit.
    { warmup: WARMUP, n: N, between: () => touch.run(meetingId) },
  );
  let round = 0;
  const warm = await sampleInterleaved(
    {
      filter: () =>
        call(backend, 'reports.dashboard', {
          meetingId,
          statuses: round++ % 2 ? ['registered', 'confirmed'] : ['invited', 'confirmed'],
          day: round % 3 ? SAMPLE_SPECIALISTS_GROUP.startDate : null,
        }),
    },
    { warmup: WARMUP, n: N },
  );
  const base = 'reports: read 10,000 registrations (bare SQL)';
  const load = `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`;
  return [
    { name: base, unit: 'ms', n: N, stats: summarize(cold.read) },
    {
      name: 'reports: dashboard figures, 10,000 registrations',
      unit: 'ms',
      n: N,
      stats: summarize(cold.dashboard),
      baseline: base,
      targets: [{ stat: 'p95', max: 50 }],
      note: `reports.dashboard through the dispatcher after a write: input parsed, 10,000 registrations and their 36,000 check-ins counted by SQLite into every breakdown (registered and attended); ${load}`,
    },
    {
      name: 'reports: dashboard figures, 10,000 registrations (CPU time)',
      unit: 'ms',
      n: N,
      stats: summarize(cpu.slice(WARMUP)),
      targets: [{ stat: 'p95', max: 50 }],
      note: `the same calls' CPU time in this process, which other processes' load does not inflate; ${load}`,
    },
    {
      name: 'reports: dashboard figures, filter changed',
      unit: 'ms',
      n: N,
      stats: summarize(warm.filter),
      baseline: base,
      targets: [{ stat: 'p95', max: 50 }],
      note: 'another status or day on the same meetings: counted again from the tables (nothing is kept between calls)',
    },
  ] satisfies BenchRow[];
}

async function pageRows(
  dataDir: string,
  renderer: string,
  ids: { big: number; empty: number },
): Promise<BenchRow[]> {
  const child = fork(CHILD, [dataDir, renderer], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ port: number; token: string }>((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the host exited with code ${code}`)));
  });
  const origin = `http://127.0.0.1:${ready.port}`;
  const bigView = `#/meetings/${ids.big}/reports`;
  const emptyView = `#/meetings/${ids.empty}/reports`;
  const browser = await chromium.launch({
    executablePath: process.env.PLENARY_BROWSER ?? findBrowser(),
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    await page.goto(`${origin}/?token=${ready.token}#/meetings`);
    const warm = { big: [] as number[], empty: [] as number[] };
    const cold = { big: [] as number[], empty: [] as number[] };
    for (let round = 0; round < PAGE_WARMUP + PAGE_N; round++) {
      const e = await timeRoute(page, emptyView, EMPTY);
      const b = await timeRoute(page, bigView, MAP);
      const ce = await timeColdLoad(page, `${origin}/${emptyView}`, EMPTY);
      const cb = await timeColdLoad(page, `${origin}/${bigView}`, MAP);
      if (round < PAGE_WARMUP) continue;
      warm.big.push(b);
      warm.empty.push(e);
      cold.big.push(cb);
      cold.empty.push(ce);
    }
    const warmBase = 'reports: open dashboard, empty meeting';
    const coldBase = 'reports: page load, empty meeting';
    return [
      { name: warmBase, unit: 'ms', n: PAGE_N, stats: summarize(warm.empty) },
      {
        name: 'reports: open dashboard with map, 10,000 rows',
        unit: 'ms',
        n: PAGE_N,
        stats: summarize(warm.big),
        baseline: warmBase,
        targets: [{ stat: 'p95', max: 500 }],
        note: `in-app navigation to the dashboard until the coloured world map is painted (Chromium, browser host); load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
      },
      { name: coldBase, unit: 'ms', n: PAGE_N, stats: summarize(cold.empty) },
      {
        name: 'reports: page load, dashboard with map, 10,000 rows',
        unit: 'ms',
        n: PAGE_N,
        stats: summarize(cold.big),
        baseline: coldBase,
        note: 'fresh page load (scripts, chart and map chunks, figures) until the map is painted',
      },
    ];
  } finally {
    await browser.close();
    child.disconnect();
  }
}

/** The dashboard's speed: figures in the backend, and the page with its map in Chromium. */
export async function benchReports(options: BenchOptions): Promise<BenchRow[]> {
  return withTempDir('plenary-bench-reports-', async (dir) => {
    const renderer = rendererDir(options, path.join(dir, 'build'));
    const dataDir = path.join(dir, 'data');
    const { backend, big, empty } = await seeded(dataDir);
    let rows: BenchRow[];
    try {
      rows = await backendRows(backend, big);
    } finally {
      backend.close();
    }
    return [...rows, ...(await pageRows(dataDir, renderer, { big, empty }))];
  });
}
