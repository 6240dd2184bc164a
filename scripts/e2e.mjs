// Builds the renderer, finds a browser, and runs the Playwright suite against the browser host.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

let browser;
try {
  browser = findBrowser();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const build = spawnSync('npx', ['electron-vite', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PLENARY_BROWSER: browser },
});
process.exit(run.status ?? 1);
