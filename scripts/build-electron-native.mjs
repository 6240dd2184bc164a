#!/usr/bin/env node
/**
 * npm run build:electron-native — builds the SQLite driver (better-sqlite3-multiple-ciphers) for
 * Electron's ABI into
 * native/electron/better_sqlite3.node (where electron/main/native-binding.ts looks for it).
 *
 * Why not electron-rebuild: it rebuilds the driver's build folder in node_modules in place, and `npm test`
 * and the browser host need that copy built for Node. So the package sources are copied to a temp
 * folder and compiled there with node-gyp against Electron's headers; node_modules is never touched.
 * Needs internet the first time (Electron's headers are downloaded to ~/.electron-gyp) and a C++
 * tool chain, like `npm install` itself. Never run from postinstall.
 *
 * Options, for checking the script itself on a machine without internet:
 *   --runtime node   build for the running Node instead (uses its local headers)
 *   --out <file>     write the addon there instead of native/electron/better_sqlite3.node
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// The SQLite driver (electron/backend/db/sqlite.ts); its addon keeps better-sqlite3's file name.
const DRIVER = 'better-sqlite3-multiple-ciphers';
const ADDON = 'better_sqlite3.node';
const DEFAULT_OUT = path.join(root, 'native', 'electron', ADDON);
const HEADERS_URL = 'https://electronjs.org/headers';
const TIMEOUT_MS = 20 * 60_000;

/** A failure the user can act on: what failed, and what to do instead. */
class BuildError extends Error {
  constructor(what, { log, hint } = {}) {
    super(what);
    this.log = log;
    this.hint = hint;
  }
}

function option(name) {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].slice(name.length + 3) : argv[i + 1];
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The build target: Electron's version and ABI from the installed package, or this Node's. */
function target(runtime) {
  if (runtime === 'node')
    return { runtime, version: process.versions.node, abi: process.versions.modules };
  const pkg = path.join(root, 'node_modules', 'electron', 'package.json');
  if (!fs.existsSync(pkg))
    throw new BuildError('The electron package is not installed (node_modules/electron).', {
      hint: 'Run "npm install" first.',
    });
  const abiFile = path.join(root, 'node_modules', 'electron', 'abi_version');
  const abi = fs.existsSync(abiFile) ? fs.readFileSync(abiFile, 'utf8').trim() : undefined;
  return { runtime, version: readJson(pkg).version, abi };
}

/** node-gyp as npm ships it: npm sets npm_config_node_gyp in scripts; otherwise look beside node. */
function findNodeGyp() {
  const bin = path.join('node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const candidates = [
    process.env.npm_config_node_gyp,
    path.join(path.dirname(process.execPath), '..', 'lib', bin),
    path.join(path.dirname(process.execPath), bin),
  ];
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js', { paths: [root] }));
  } catch {
    // Not a dependency of ours; npm's own copy above is the usual one.
  }
  const found = candidates.find((c) => c && fs.existsSync(c));
  if (!found)
    throw new BuildError('node-gyp (the native build tool that comes with npm) was not found.', {
      hint: 'Reinstall Node.js with npm, or install node-gyp globally.',
    });
  return found;
}

/** Copies the driver's sources, without its Node build, to a fresh temp folder. */
function copySources() {
  const source = path.join(root, 'node_modules', DRIVER);
  if (!fs.existsSync(path.join(source, 'binding.gyp')))
    throw new BuildError(`${DRIVER} is not installed (node_modules/${DRIVER}).`, {
      hint: 'Run "npm install" first.',
    });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-electron-native-'));
  const skip = new Set([path.join(source, 'build'), path.join(source, 'node_modules')]);
  fs.cpSync(source, work, { recursive: true, filter: (src) => !skip.has(src) });
  return { work, version: readJson(path.join(source, 'package.json')).version };
}

/**
 * The child's environment. npm passes the user's npmrc as npm_config_* variables; a `nodedir` or
 * `target` there would silently build for Node instead of Electron, so those are dropped.
 */
function childEnv(runtime) {
  const env = { ...process.env };
  if (runtime === 'electron')
    for (const key of Object.keys(env))
      if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|devdir|arch)$/i.test(key))
        delete env[key];
  return env;
}

function run(command, args, { cwd, env, logFile }) {
  return new Promise((resolve) => {
    const log = fs.createWriteStream(logFile, { flags: 'a' });
    log.write(`$ ${[command, ...args].join(' ')}\n`);
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const timer = setTimeout(() => child.kill('SIGTERM'), TIMEOUT_MS);
    const finish = (code) => {
      clearTimeout(timer);
      log.end(() => resolve(code));
    };
    child.on('error', (error) => {
      log.write(`${error.stack ?? error}\n`);
      finish(-1);
    });
    child.on('close', (code) => finish(code ?? -1));
  });
}

/** Why node-gyp failed, in words: no headers (usually offline) or the compiler. */
function explainGypFailure(log, t) {
  const name = t.runtime === 'electron' ? 'Electron' : 'Node';
  const offline =
    /network connectivity|install got an error|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|unable to get local issuer|self.signed certificate/i;
  if (offline.test(log)) {
    const from = t.runtime === 'electron' ? ` from ${HEADERS_URL}` : '';
    return `Downloading the C++ headers of ${name} ${t.version}${from} failed (no internet connection?).`;
  }
  if (/not found: (make|python)|Could not find any Python|gyp ERR! find Python/i.test(log))
    return 'The C++ build tools (python3, make and a C++ compiler) are missing.';
  return `Compiling ${DRIVER} for ${name} ${t.version} failed.`;
}

/** True when the addon registers itself for `abi`, i.e. it was really built for that runtime. */
function builtForAbi(file, abi) {
  if (!abi) return true;
  return fs.readFileSync(file).includes(Buffer.from(`node_register_module_v${abi}\0`));
}

async function build() {
  const runtime = option('runtime') ?? 'electron';
  if (runtime !== 'electron' && runtime !== 'node')
    throw new BuildError(`Unknown --runtime "${runtime}" (electron or node).`);
  const out = path.resolve(option('out') ?? DEFAULT_OUT);
  const t = target(runtime);
  const nodeGyp = findNodeGyp();
  const { work, version } = copySources();
  const logFile = path.join(os.tmpdir(), `plenary-electron-native-${process.pid}.log`);
  const what = `${DRIVER} ${version} for ${runtime === 'electron' ? 'Electron' : 'Node'} ${t.version}${t.abi ? ` (ABI ${t.abi})` : ''}`;
  console.log(`Building ${what}. This compiles SQLite and takes a few minutes…`);
  console.log(`  log: ${logFile}`);
  const args = [nodeGyp, 'rebuild', '--release', `--arch=${process.arch}`];
  if (runtime === 'electron')
    args.push(
      `--target=${t.version}`,
      `--dist-url=${HEADERS_URL}`,
      `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
    );
  try {
    const code = await run(process.execPath, args, { cwd: work, env: childEnv(runtime), logFile });
    const log = fs.readFileSync(logFile, 'utf8');
    if (code !== 0) throw new BuildError(explainGypFailure(log, t), { log: logFile });
    const built = path.join(work, 'build', 'Release', ADDON);
    if (!fs.existsSync(built))
      throw new BuildError(`node-gyp finished but produced no ${ADDON}.`, { log: logFile });
    if (!builtForAbi(built, t.abi))
      throw new BuildError(
        `The build is not for ABI ${t.abi}: node-gyp used the wrong headers (check nodedir in your .npmrc).`,
        { log: logFile },
      );
    fs.mkdirSync(path.dirname(out), { recursive: true });
    // Copy then rename, so a half-written file never looks like a finished build.
    fs.copyFileSync(built, `${out}.partial`);
    fs.renameSync(`${out}.partial`, out);
    const info = {
      runtime,
      version: t.version,
      abi: t.abi,
      driver: DRIVER,
      driverVersion: version,
    };
    fs.writeFileSync(path.join(path.dirname(out), 'build-info.json'), `${JSON.stringify(info)}\n`);
    fs.rmSync(logFile, { force: true });
    console.log(`Built ${what}:\n  ${out}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

build().catch((error) => {
  const known = error instanceof BuildError;
  console.error(
    [
      '',
      `Could not build the database engine (${DRIVER}) for the Plenary desktop app.`,
      `  What failed: ${known ? error.message : (error?.stack ?? String(error))}`,
      ...(error.hint ? [`  ${error.hint}`] : []),
      ...(error.log ? [`  Details: ${error.log}`] : []),
      `  The desktop app needs this build (${path.relative(root, DEFAULT_OUT)}); tests and the`,
      '  browser version do not.',
      '  Run Plenary in your browser instead:  npm run web',
      '  Or try again when online:             npm run build:electron-native',
      '',
    ].join('\n'),
  );
  process.exit(1);
});
