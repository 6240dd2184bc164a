import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { createBackend } from '../electron/backend/backend';
import { createWebServer } from '../electron/web/server';
import { newToken } from '../electron/web/web-security';
import { findBrowser } from '../scripts/find-browser.mjs';
import { rendererDir, timeColdLoad, timeRoute } from './lib/browser';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/temp';
import type { BenchOptions, BenchRow } from './lib/types';

const WARMUP = 2;
const N = 12;
const SCREEN = '[data-testid="countries-screen"]';
const FIRST_ROW = '.countries-table tbody tr';
const MEETINGS = '[data-testid="meetings-screen"], main h2';

/**
 * One first visit, in the page as loaded: milliseconds from switching the route to the screen's
 * frame painted, and to its first country row painted.
 */
function firstVisit(page: Page): Promise<{ screen: number; row: number }> {
  return page.evaluate(`new Promise((resolve) => {
    const start = performance.now();
    const times = {};
    const check = () => {
      for (const [key, selector] of [['screen', ${JSON.stringify(SCREEN)}], ['row', ${JSON.stringify(FIRST_ROW)}]])
        if (times[key] === undefined && document.querySelector(selector)) {
          times[key] = null;
          requestAnimationFrame(() => {
            times[key] = performance.now() - start;
            if (typeof times.screen === 'number' && typeof times.row === 'number') resolve(times);
          });
        }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    location.hash = '#/countries';
  })`);
}

/**
 * The countries and regions screen (about 250 rows, each with a select) in Chromium: its first visit
 * after the app has loaded (code, list and rows), against the same visit's empty frame; a revisit;
 * and a fresh page load on it.
 */
export async function benchCountriesRender(options: BenchOptions): Promise<BenchRow[]> {
  return withTempDir('plenary-bench-countries-', async (dir) => {
    const renderer = rendererDir(options, path.join(dir, 'build'));
    const backend = createBackend({ dataDir: path.join(dir, 'data') });
    const token = newToken();
    const server = createWebServer({ backend, rendererDir: renderer, token });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await chromium.launch({
      executablePath: process.env.PLENARY_BROWSER ?? findBrowser(),
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
      await page.goto(`${origin}/?token=${token}#/meetings`);
      const first = { screen: [] as number[], row: [] as number[] };
      const again: number[] = [];
      const cold: number[] = [];
      for (let round = 0; round < WARMUP + N; round++) {
        await page.goto('about:blank');
        await page.goto(`${origin}/#/meetings`);
        await page.waitForSelector(MEETINGS);
        const visit = await firstVisit(page);
        const revisit = await timeRoute(page, '#/countries', FIRST_ROW);
        const load = await timeColdLoad(page, `${origin}/#/countries`, FIRST_ROW);
        if (round < WARMUP) continue;
        first.screen.push(visit.screen);
        first.row.push(visit.row);
        again.push(revisit);
        cold.push(load);
      }
      const base = 'countries: first visit, screen frame';
      return [
        {
          name: base,
          unit: 'ms',
          n: N,
          stats: summarize(first.screen),
          note: 'in-app navigation to the screen until its title and filters are painted',
        },
        {
          name: 'countries: first visit, first rows',
          unit: 'ms',
          n: N,
          stats: summarize(first.row),
          baseline: base,
          targets: [{ stat: 'p50', max: 150 }],
          note: 'the same navigation until the first country row is painted: code, list, rows',
        },
        {
          name: 'countries: revisit, first rows',
          unit: 'ms',
          n: N,
          stats: summarize(again),
          baseline: base,
          note: 'back to the screen in the same page load: the list is cached, then refreshed',
        },
        {
          name: 'countries: page load, first rows',
          unit: 'ms',
          n: N,
          stats: summarize(cold),
          note: 'fresh page load on the screen until the first country row is painted',
        },
      ];
    } finally {
      await browser.close();
      server.closeAllConnections();
      server.close();
      backend.close();
    }
  });
}
