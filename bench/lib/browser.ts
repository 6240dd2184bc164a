import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { BenchOptions } from './types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Builds the renderer into a temp dir unless told to measure an existing one (out/renderer, or
 * PLENARY_RENDERER_DIR as the e2e tests use).
 */
export function rendererDir(options: BenchOptions, tempDir: string): string {
  if (options.noBuild)
    return path.resolve(process.env.PLENARY_RENDERER_DIR ?? path.join(ROOT, 'out', 'renderer'));
  const run = spawnSync(
    'npx',
    ['electron-vite', 'build', '--outDir', tempDir, '--logLevel', 'warn'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0)
    throw new Error(`electron-vite build failed (--no-build uses out/renderer): ${run.stderr}`);
  return path.join(tempDir, 'renderer');
}

// In-page code is passed as text: tsx would otherwise wrap its inner functions in a helper
// (`__name`) that does not exist in the page.
export const WAIT_FOR = `(selector, start) => new Promise((resolve) => {
  const painted = () => requestAnimationFrame(() => resolve(performance.now() - start));
  if (document.querySelector(selector)) return painted();
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    painted();
  });
  observer.observe(document.body, { childList: true, subtree: true });
})`;

/**
 * Milliseconds from switching the route to `selector` existing and one frame painted. The app is
 * already loaded, so this is the view's own cost: fetching the rows, sorting, filtering, rendering.
 */
export async function timeRoute(page: Page, hash: string, selector: string): Promise<number> {
  await page.evaluate(`location.hash = '#/meetings'`);
  await page.waitForFunction(`!document.querySelector(${JSON.stringify(selector)})`);
  return page.evaluate(
    `(() => { const start = performance.now(); const done = (${WAIT_FOR})(${JSON.stringify(selector)}, start); location.hash = ${JSON.stringify(hash)}; return done; })()`,
  );
}

/** Milliseconds from navigation start (a fresh page load) to `selector` painted. */
export async function timeColdLoad(page: Page, url: string, selector: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(`(${WAIT_FOR})(${JSON.stringify(selector)}, 0)`);
}
