import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { createBackend, type Backend } from '../electron/backend/backend';
import { createWebServer } from '../electron/web/server';
import { newToken } from '../electron/web/web-security';
import { findBrowser } from '../scripts/find-browser.mjs';
import { SAMPLE_SPECIALISTS_GROUP } from '../electron/backend/demo/sample-meetings';
import { ORGANISATION_TYPES, ROLES, STATUSES } from '../shared/domain/people';
import { call } from './lib/seed';
import { summarize } from './lib/stats';
import { rendererDir, timeColdLoad, timeRoute } from './lib/browser';
import { withTempDir } from './lib/temp';
import type { BenchOptions, BenchRow } from './lib/types';
import { startHostProcess } from './lib/host-process';

const ROWS = 10_000;
const WARMUP = 2;
const N = 12;
/** The first body row of the grid: its header is row 1. */
const FIRST_ROW = '[role="grid"] [role="row"][aria-rowindex="2"]';
const EMPTY_STATE = '[data-testid="participants-empty"]';

/** Space-separated lists keep the sample vocabulary readable. */
const words = (text: string) => text.trim().split(/\s+/);
const GIVEN = words(`
  Ana José Fatou Amadou Aïssata Jean-Luc Chloé Mohammed Wei Olga Søren Zoë Björn Ngozi Kwame
  Mariam Lucía Thành Ifeoma Jürgen
`);
const FAMILY = words(`
  Núñez García Diop Traoré Ndiaye Müller Dubois O’Brien Smith Kowalski Yamamoto Chen Okafor
  Mensah Haddad Al-Sayed Petrov Rossi Silva Kamara Nguyễn Håkansson Lefèvre Çelik
`);
const COUNTRIES = words(`
  FR SN CI NG GH ML BF NE TD CM MA DZ TN EG JO LB AE SA DE ES IT PT GB IE NL BE PL SE NO FI
  TR UA US CA MX BR AR CO CL PE JP CN KR IN PK ID PH VN TH AU NZ FJ KE ET ZA RW UG TZ BJ TG
`);

/** A small deterministic PRNG, so every run seeds the same rows. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/** Plain-ASCII local part for generated emails. */
const ascii = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/**
 * Registers `count` generated people (names in several scripts, 60 countries, a realistic mix of
 * organisation types, roles and statuses) to a meeting, through the contract.
 */
export async function seedParticipants(
  backend: Backend,
  meetingId: number,
  count: number,
): Promise<void> {
  const rnd = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const organisations: number[] = [];
  for (const [i, country] of COUNTRIES.entries()) {
    for (const type of [ORGANISATION_TYPES[0], pick(ORGANISATION_TYPES)]) {
      const org = (await call(backend, 'organisations.create', {
        name: `${type === 'law_enforcement' ? 'National Police' : 'Institute'} ${country} ${i}-${organisations.length}`,
        acronym: `${country}${organisations.length}`,
        type,
        countryCode: country,
      })) as { id: number };
      organisations.push(org.id);
    }
  }
  // The seed is setup, not the measurement: skip the per-commit fsync while it runs.
  backend.db.pragma('synchronous = OFF');
  for (let i = 0; i < count; i++) {
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    await call(backend, 'registrations.create', {
      meetingId,
      person: {
        givenNames: given,
        familyNames: family,
        email: `${ascii(given)}.${ascii(family)}.${i}@example.org`,
        organisationId: pick(organisations),
        countryCode: pick(COUNTRIES),
      },
      registration: {
        role: rnd() < 0.7 ? 'delegate' : pick(ROLES),
        status: pick(STATUSES),
      },
    });
  }
  backend.db.pragma('synchronous = FULL');
}

/** What the host process tells the bench once it is seeded and listening. */
interface HostReady {
  port: number;
  token: string;
  big: number;
  empty: number;
}

const HOST_FLAG = 'PLENARY_BENCH_PARTICIPANTS_HOST';

/**
 * The browser host with a seeded 10,000-row meeting, in a process of its own as in real use: the
 * server's JSON work never shares a thread (or a heap full of seeding garbage) with the bench.
 */
async function runHost(dataDir: string, rendererDir: string): Promise<void> {
  const backend = createBackend({ dataDir });
  const big = (await call(backend, 'meetings.create', SAMPLE_SPECIALISTS_GROUP)) as { id: number };
  const empty = (await call(backend, 'meetings.create', {
    ...SAMPLE_SPECIALISTS_GROUP,
    title: 'Empty meeting',
  })) as { id: number };
  await seedParticipants(backend, big.id, ROWS);
  const token = newToken();
  const server = createWebServer({ backend, rendererDir, token });
  server.listen(0, '127.0.0.1', () => {
    const port = (server.address() as AddressInfo).port;
    process.send?.({ port, token, big: big.id, empty: empty.id } satisfies HostReady);
  });
  process.on('disconnect', () => {
    server.closeAllConnections();
    server.close();
    backend.close();
    process.exit(0);
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

/** The channel the view loads its rows with. */
const LIST_CHANNEL = 'registrations.listCompact';

/**
 * The last list request as the page saw it: its duration (request to last byte) and the size of
 * its body before any content encoding (the host sends none), in bytes.
 */
function lastListFetch(page: Page): Promise<{ ms: number; bytes: number }> {
  return page.evaluate(`(() => {
    const entries = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/${LIST_CHANNEL}'));
    const last = entries[entries.length - 1];
    return last ? { ms: last.responseEnd - last.startTime, bytes: last.decodedBodySize } : { ms: NaN, bytes: NaN };
  })()`);
}

/**
 * The participants view of a 10,000-registration meeting in Chromium, against the same view of an
 * empty meeting in the same run: the ratio isolates what the rows cost.
 */
export async function benchParticipantsRender(options: BenchOptions): Promise<BenchRow[]> {
  return withTempDir('plenary-bench-participants-', async (dir) => {
    const renderer = rendererDir(options, path.join(dir, 'build'));
    const { child, ready } = await startHost(path.join(dir, 'data'), renderer);
    const origin = `http://127.0.0.1:${ready.port}`;
    const bigView = `#/meetings/${ready.big}/participants`;
    const emptyView = `#/meetings/${ready.empty}/participants`;
    const browser = await chromium.launch({
      executablePath: process.env.PLENARY_BROWSER ?? findBrowser(),
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
      await page.goto(`${origin}/?token=${ready.token}#/meetings`);
      const warm = { big: [] as number[], empty: [] as number[], fetch: [] as number[] };
      let payload = NaN;
      const cold = { big: [] as number[], empty: [] as number[], uncached: [] as number[] };
      for (let round = 0; round < WARMUP + N; round++) {
        const e = await timeRoute(page, emptyView, EMPTY_STATE);
        const b = await timeRoute(page, bigView, FIRST_ROW);
        const f = await lastListFetch(page);
        const ce = await timeColdLoad(page, `${origin}/${emptyView}`, EMPTY_STATE);
        const cb = await timeColdLoad(page, `${origin}/${bigView}`, FIRST_ROW);
        // A new context starts with an empty cache: the very first visit, every file fetched.
        const first = await browser.newPage({ viewport: { width: 1366, height: 860 } });
        const cu = await timeColdLoad(
          first,
          `${origin}/?token=${ready.token}${emptyView}`,
          EMPTY_STATE,
        );
        await first.close();
        if (round < WARMUP) continue;
        warm.big.push(b);
        warm.empty.push(e);
        warm.fetch.push(f.ms);
        payload = f.bytes;
        cold.big.push(cb);
        cold.empty.push(ce);
        cold.uncached.push(cu);
      }
      const warmBase = 'participants: open view, empty meeting';
      const coldBase = 'participants: page load, empty meeting';
      return [
        { name: warmBase, unit: 'ms', n: N, stats: summarize(warm.empty) },
        {
          name: 'participants: open view, 10,000 rows',
          unit: 'ms',
          n: N,
          stats: summarize(warm.big),
          baseline: warmBase,
          targets: [{ stat: 'p50', max: 200 }],
          note: 'in-app navigation to the view until its first row is painted: fetch, parse, sort, render',
        },
        {
          name: `participants: of which ${LIST_CHANNEL}`,
          unit: 'ms',
          n: N,
          stats: summarize(warm.fetch),
          baseline: 'participants: open view, 10,000 rows',
          note: 'request to last byte of the 10,000 rows, as the page timed it',
        },
        {
          name: 'participants: list payload, 10,000 rows',
          unit: 'KB',
          n: 1,
          stats: { total: payload / 1000 },
          targets: [{ stat: 'total', max: 2000 }],
          note: `body of ${LIST_CHANNEL} (JSON, 1 KB = 1000 bytes); the full rows of registrations.list were ~6,000 KB`,
        },
        {
          name: coldBase,
          unit: 'ms',
          n: N,
          stats: summarize(cold.empty),
          targets: [{ stat: 'p50', max: 400 }],
          note: "fresh page load of an empty meeting's participants until its empty state is painted (the hashed build files come from the browser's cache, as on every visit after the first)",
        },
        {
          name: 'participants: first visit, empty meeting',
          unit: 'ms',
          n: N,
          stats: summarize(cold.uncached),
          baseline: coldBase,
          note: 'the same page load with an empty cache (a new browser context): every file fetched and compiled',
        },
        {
          name: 'participants: page load, 10,000 rows',
          unit: 'ms',
          n: N,
          stats: summarize(cold.big),
          baseline: coldBase,
          note: 'fresh page load (scripts, settings, lazy chunk, rows) until the first row is painted',
        },
      ];
    } finally {
      await browser.close();
      child.disconnect();
    }
  });
}
