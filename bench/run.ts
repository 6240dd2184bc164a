import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchApiRoundTrip } from './api-roundtrip.bench';
import { benchDbOpen } from './db-open.bench';
import { benchRendererSize } from './renderer-size.bench';
import { evaluate, headline, type BenchResult } from './lib/evaluate';
import { formatNumber, formatTable } from './lib/stats';
import type { Bench, BenchOptions, Target } from './lib/types';

// Later issues add their modules here (CSV import vs bare insert, people search, participants render).
const BENCHES: Bench[] = [
  { name: 'db-open', run: benchDbOpen },
  { name: 'api-roundtrip', run: benchApiRoundTrip },
  { name: 'renderer-size', run: benchRendererSize },
  { name: 'search', run: async () => (await import('./search.bench')).benchSearch() },
  {
    name: 'participants-render',
    run: async (options) =>
      (await import('./participants-render.bench')).benchParticipantsRender(options),
  },
  {
    name: 'countries-render',
    run: async (options) =>
      (await import('./countries-render.bench')).benchCountriesRender(options),
  },
  { name: 'import', run: async () => (await import('./import.bench')).benchImport() },
  {
    name: 'attendance-desk',
    run: async (options) => (await import('./attendance-desk.bench')).benchAttendanceDesk(options),
  },
  {
    name: 'agenda-clashes',
    run: async () => (await import('./agenda-clashes.bench')).benchAgendaClashes(),
  },
  {
    name: 'programme-pdf',
    run: async () => (await import('./programme-pdf.bench')).benchProgrammePdf(),
  },
  {
    name: 'agenda-grid',
    run: async (options) => (await import('./agenda-grid.bench')).benchAgendaGrid(options),
  },
  {
    name: 'responsiveness',
    run: async () => (await import('./responsiveness.bench')).benchResponsiveness(),
  },
];

const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');

const { values: args } = parseArgs({
  options: { 'no-build': { type: 'boolean', default: false }, only: { type: 'string' } },
});
const options: BenchOptions = { noBuild: args['no-build'] ?? false };

/** One module's rows; a module that throws becomes an error row, and the others still run. */
async function runOne(bench: Bench): Promise<BenchResult[]> {
  process.stderr.write(`running ${bench.name}…\n`);
  try {
    return evaluate(await bench.run(options));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ name: bench.name, unit: 'ms', n: 0, stats: {}, verdict: 'error', error: message }];
  }
}

const withUnit = (x: number | undefined, unit: string) =>
  x === undefined ? '–' : `${formatNumber(x)} ${unit}`;
const signed = (mb: number) => `${mb >= 0 ? '+' : ''}${mb.toFixed(1)}`;
const targetText = (t: Target, unit: string) =>
  t.stat === 'ratio' ? `ratio < ${t.max}×` : `${t.stat} < ${t.max} ${unit}`;

function cells(r: BenchResult): string[] {
  if (r.verdict === 'error') return [r.name, '', '', '', '', '', '', '', 'error', ''];
  const meanOrTotal = r.stats.mean !== undefined ? r.stats.mean : r.stats.total;
  return [
    r.name,
    String(r.n),
    withUnit(r.stats.p50, r.unit),
    withUnit(r.stats.p95, r.unit),
    `${r.stats.mean !== undefined ? '' : 'Σ '}${withUnit(meanOrTotal, r.unit)}`,
    r.baseline ?? '',
    r.ratio === undefined ? '' : `${formatNumber(r.ratio)}× ${headline(r)}`,
    (r.targets ?? []).map((t) => targetText(t, r.unit)).join(', '),
    r.verdict,
    r.memory ? `${signed(r.memory.rssMB)}/${signed(r.memory.heapMB)} MB` : '',
  ];
}

const started = new Date();
const results: BenchResult[] = [];
for (const bench of BENCHES.filter((b) => !args.only || b.name.includes(args.only)))
  results.push(...(await runOne(bench)));

const headers = [
  'name',
  'n',
  'p50',
  'p95',
  'mean/Σtotal',
  'baseline',
  'ratio',
  'target',
  'result',
  'Δ rss/heap',
];
console.log(
  `\nPlenary bench · ${started.toISOString()} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}\n`,
);
console.log(formatTable(headers, results.map(cells)));
const notes = results.filter((r) => r.note || r.error);
if (notes.length)
  console.log(`\n${notes.map((r) => `· ${r.name}: ${r.error ?? r.note}`).join('\n')}`);
const failed = results.filter((r) => r.verdict === 'FAIL' || r.verdict === 'error');
console.log(
  failed.length
    ? `\n✗ ${failed.length} missed a target or failed: ${failed.map((r) => r.name).join(', ')}`
    : '\n✓ every target met',
);

fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
fs.writeFileSync(
  RESULTS,
  JSON.stringify(
    {
      started: started.toISOString(),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: os.cpus().length,
      options,
      results,
    },
    null,
    2,
  ),
);
console.log(`results written to ${path.relative(process.cwd(), RESULTS)}`);
// A missed target is information, not a broken build: the bench never fails the test suite.
process.exitCode = 0;
