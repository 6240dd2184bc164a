// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, Debian's /usr/bin/chromium, or
// Playwright's own (downloaded when missing and online). Says plainly what to do when none exists.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DEBIAN = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightOwn() {
  try {
    const { chromium } = require('@playwright/test');
    const p = chromium.executablePath();
    return p && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

/** @returns {string} the path of a Chromium executable */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const debian = DEBIAN.find((p) => fs.existsSync(p));
  if (debian) return debian;
  const own = playwrightOwn();
  if (own) return own;
  try {
    console.log('No Chromium found; asking Playwright to download its own…');
    execFileSync('npx', ['playwright', 'install', 'chromium'], {
      stdio: 'inherit',
      timeout: 300_000,
    });
  } catch {
    // Offline or refused: fall through to the advice below.
  }
  const downloaded = playwrightOwn();
  if (downloaded) return downloaded;
  throw new Error(
    'No Chromium browser is available for the end-to-end tests.\n' +
      '  On Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  Elsewhere: npx playwright install chromium (needs internet),\n' +
      '  or set CHROMIUM_PATH to a Chrome or Chromium executable.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findBrowser());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
