#!/usr/bin/env node
/**
 * npm start — runs the desktop app: makes sure the Electron binary and the Electron build of
 * the SQLite driver (better-sqlite3-multiple-ciphers) exist, builds the app with electron-vite, then launches Electron on this folder.
 * Extra arguments go to the app: `npm start -- --data-dir ./my-data`.
 *
 * It never requires 'electron' (whose index.js downloads the binary as a side effect and throws a
 * bare error): it reads node_modules/electron/path.txt itself, so every failure can be explained.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const nativeAddon = path.join(root, 'native', 'electron', 'better_sqlite3.node');
const nativeInfo = path.join(root, 'native', 'electron', 'build-info.json');
const WEB_INSTEAD = 'You can still run Plenary in your browser:  npm run web';

/** Stops with a plain explanation and the way out; no stack trace. */
function fail(...lines) {
  console.error(['', ...lines, WEB_INSTEAD, ''].join('\n'));
  process.exit(1);
}

function executableName() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

/** The Electron executable as the electron package would find it, or null when absent. */
function electronBinary() {
  const pathTxt = path.join(electronDir, 'path.txt');
  const relative = fs.existsSync(pathTxt)
    ? fs.readFileSync(pathTxt, 'utf8').trim()
    : executableName();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative)
    : fs.existsSync(pathTxt)
      ? path.join(electronDir, 'dist', relative)
      : null;
  return candidate && fs.existsSync(candidate) ? candidate : null;
}

function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
}

function ensureElectron() {
  if (!fs.existsSync(path.join(electronDir, 'package.json')))
    fail('The electron package is not installed. Run "npm install" first.');
  const found = electronBinary();
  if (found) return found;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH)
    fail(
      `ELECTRON_OVERRIDE_DIST_PATH is set to ${process.env.ELECTRON_OVERRIDE_DIST_PATH},`,
      `but there is no Electron executable (${executableName()}) in it.`,
    );
  const installer = path.join(electronDir, 'install.js');
  if (fs.existsSync(installer)) {
    console.log(`The Electron ${electronVersion()} program is not downloaded yet; downloading it…`);
    const result = spawnSync(process.execPath, [installer], {
      cwd: electronDir,
      encoding: 'utf8',
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    const binary = result.status === 0 ? electronBinary() : null;
    if (binary) return binary;
    const reason = (result.stderr ?? '').split('\n').find((l) => l.trim()) ?? result.error?.message;
    fail(
      `Electron ${electronVersion()} could not be downloaded, so the desktop app cannot start.`,
      ...(reason ? [`  Reason: ${reason.trim()}`] : []),
      '  The download needs internet access (to github.com); try "npm start" again when online.',
    );
  }
  fail(
    'The Electron program is missing from node_modules/electron and there is no installer to fetch',
    'it. Reinstall with "npm install".',
  );
}

/** The addon's recorded build no longer matches the installed Electron (after an upgrade). */
function nativeIsStale() {
  try {
    const info = JSON.parse(fs.readFileSync(nativeInfo, 'utf8'));
    // An addon built before the driver moved to better-sqlite3-multiple-ciphers has no `driver`.
    return (
      info.runtime !== 'electron' ||
      info.version !== electronVersion() ||
      info.driver !== 'better-sqlite3-multiple-ciphers'
    );
  } catch {
    return false; // Built by hand without the info file: trust it; the app explains if it fails.
  }
}

function ensureNativeAddon() {
  if (fs.existsSync(nativeAddon) && !nativeIsStale()) return;
  console.log(
    fs.existsSync(nativeAddon)
      ? `The database engine was built for another Electron version or driver; rebuilding it for ${electronVersion()}.`
      : 'The database engine for the desktop app is not built yet; building it (once).',
  );
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'scripts', 'build-electron-native.mjs')],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  // The build script has already said what failed and suggested `npm run web`.
  if (result.status !== 0) process.exit(1);
}

function buildApp() {
  console.log('Building the app (electron-vite build)…');
  const cli = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  // Quiet when it works; its whole output when it does not.
  const result = spawnSync(process.execPath, [cli, 'build'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    fail(
      'Building the app failed (electron-vite build, output above); the desktop app cannot start.',
    );
  }
}

/** Hints for the two ways Electron most often refuses to start on Linux. */
function linuxHints() {
  if (process.platform !== 'linux') return [];
  const hints = [];
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    hints.push(
      'There is no display ($DISPLAY is empty): on a server, try "xvfb-run -a npm start".',
    );
  if (process.getuid?.() === 0)
    hints.push(
      'Electron refuses to run as root with its sandbox on: run Plenary as a normal user.',
    );
  return hints;
}

function launch(binary) {
  const env = { ...process.env };
  // Set by some tools, it would make the binary behave as plain Node and ignore our app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.', ...process.argv.slice(2)], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
      if (!child.killed) child.kill(signal);
    });
  child.on('error', (error) =>
    fail(`Electron could not be started (${binary}): ${error.message}`, ...linuxHints()),
  );
  child.on('exit', (code, signal) => {
    if (code !== 0 && code !== null && !signal) {
      const hints = linuxHints();
      if (hints.length) console.error(['', ...hints].join('\n'));
    }
    process.exit(code ?? (signal ? 1 : 0));
  });
}

const binary = ensureElectron();
ensureNativeAddon();
buildApp();
launch(binary);
