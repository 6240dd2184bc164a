import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { withTempDir } from './lib/temp';
import type { BenchOptions, BenchRow } from './lib/types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Vite prints kB of 1000 bytes; using the same unit lets the figures be checked against its output. */
const KB = 1000;

/** The attributes of every `<tag …>` in the page (Vite's output is regular enough for this). */
function tags(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map((m) =>
    Object.fromEntries(
      [...(m[1] ?? '').matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g)].map((a) => [
        (a[1] ?? '').toLowerCase(),
        a[2] ?? a[3] ?? a[4] ?? '',
      ]),
    ),
  );
}

/** Static `import … from "./x.js"` / `export … from` in a chunk; dynamic `import()` is left out. */
function staticImports(code: string): string[] {
  const re =
    /\b(?:import\s*(?:[\w$\s{},*]*?\bfrom\s*)?|export\s*[\w$\s{},*]*?\bfrom\s*)["'](\.\.?\/[^"']+?\.js)["']/g;
  return [...code.matchAll(re)].map((m) => m[1] ?? '');
}

/**
 * What the page must download before it runs: the entry script, its modulepreload links, and
 * (should preloading ever be turned off) every chunk it imports statically, followed recursively.
 */
function initialScripts(dir: string): string[] {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const fromPage = (ref: string) => path.join(dir, ref.replace(/^\//, ''));
  const queue = [
    ...tags(html, 'script')
      .filter((a) => a.type === 'module' && a.src)
      .map((a) => a.src ?? ''),
    ...tags(html, 'link')
      .filter((a) => a.rel === 'modulepreload' && a.href)
      .map((a) => a.href ?? ''),
  ].map(fromPage);
  const seen = new Set<string>();
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    queue.push(...staticImports(code).map((ref) => path.resolve(path.dirname(file), ref)));
  }
  return [...seen];
}

function allScripts(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => path.join(dir, name));
}

/** Files, raw KB and gzip KB (zlib's default level, as a web server would send them). */
function weigh(files: readonly string[]) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes).length;
  }
  return { files: files.length, raw: raw / KB, gzip: gzip / KB };
}

/** Builds into a temp dir, so the out/ that the e2e tests and `npm run web` serve is left alone. */
function build(outDir: string): string {
  const run = spawnSync(
    'npx',
    ['electron-vite', 'build', '--outDir', outDir, '--logLevel', 'warn'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) {
    // The cause sits between vite's outDir warnings and the stack trace; show only that.
    const cause = `${run.stderr}\n${run.stdout}`
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /\w/.test(line) && !/^at |outDir|^Use --/.test(line))
      .slice(0, 4);
    throw new Error(
      `electron-vite build failed (--no-build measures out/renderer instead): ${cause.join(' ')}`,
    );
  }
  return path.join(outDir, 'renderer');
}

function measure(dir: string, source: string): BenchRow[] {
  if (!fs.existsSync(path.join(dir, 'index.html')))
    throw new Error(`${dir} has no index.html: run "npm run build" or drop --no-build`);
  const initial = weigh(initialScripts(dir));
  const all = weigh(allScripts(dir));
  const baseline = 'renderer: all JS chunks (gzip)';
  return [
    {
      name: baseline,
      unit: 'KB',
      n: all.files,
      stats: { total: all.gzip },
      note: `${all.raw.toFixed(0)} KB before gzip, ${source}`,
    },
    {
      name: 'renderer: initial JS (gzip)',
      unit: 'KB',
      n: initial.files,
      stats: { total: initial.gzip },
      baseline,
      targets: [{ stat: 'total', max: 400 }],
      note: `entry script + modulepreload + static imports; ${initial.raw.toFixed(0)} KB before gzip`,
    },
  ];
}

/** The JavaScript a first page load costs, against all the JavaScript the renderer ships. */
export async function benchRendererSize(options: BenchOptions): Promise<BenchRow[]> {
  if (options.noBuild) return measure(path.join(ROOT, 'out', 'renderer'), 'existing out/renderer');
  return withTempDir('plenary-bench-build-', async (dir) =>
    measure(build(dir), 'fresh electron-vite build'),
  );
}
