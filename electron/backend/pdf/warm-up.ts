/**
 * Readies the PDF layer before anyone asks for a document. The first document of a process pays
 * for reading the Noto files, for the shaping tables fontkit decodes on first use (GSUB and GPOS
 * lookups per script), and for the first run of pdfkit, line breaking and bidi code: about a
 * second, where a later document takes a twentieth of that. The worker that makes documents runs
 * this soon after it starts, in short steps between which its calls are answered, so neither the
 * start nor the first screen waits for it, and the first PDF a user asks for comes out warm. Every
 * document built on PdfWriter (the programme, badges) shares what it prepares.
 */
import { FONT_FAMILIES, familyHasGlyph, parsedFont, type FontFamily } from './fonts';
import { PdfWriter } from './pdf-writer';
import { drawTable } from './pdf-table';

/** A few words of each script, in the fonts' own order of features: enough to decode its tables. */
const SAMPLES: Record<FontFamily, string> = {
  sans: 'Opening plenary, 09:30–10:45 — Ms Élodie Dupré (Direção-Geral), «Łódź»; Ωμέγα; Москва!',
  arabic: 'محمد عبد الله، الإنتربول ١٢٣',
  cjk: '北京市公安局 日本の警察 カタカナ',
  korean: '대한민국 경찰청',
  thai: 'กรุงเทพมหานคร ตำรวจ',
  devanagari: 'नई दिल्ली पुलिस',
  ethiopic: 'አዲስ አበባ ፖሊስ',
};

/**
 * Rows of each sample document, one document a step: a short one first (the first run of pdfkit
 * and of the layout code costs the most), then a few longer ones until the code is compiled.
 */
const SAMPLE_ROWS = [3, 6, 6, 6, 6, 6];
const WORDS_PER_ROW = 12;

/** One face read and its tables built: the regular weight also answers glyph coverage. */
function prepareFamily(family: FontFamily): void {
  for (const weight of ['regular', 'bold'] as const)
    parsedFont({ family, weight }).layout(SAMPLES[family]);
  familyHasGlyph(family, SAMPLES[family].codePointAt(0)!);
}

/** Made-up words (a fixed sequence): shaping words it has not met is the code to warm up. */
function madeUpWords(count: number, from: number): string[] {
  const syllables = ['ka', 'lo', 'mer', 'ti', 'vos', 'an', 'ré', 'stu', 'fel', 'dor', 'ni', 'gré'];
  return Array.from({ length: count }, (_, i) => {
    let word = '';
    for (let n = from + i + 7; n > 0; n = Math.floor(n / syllables.length))
      word += syllables[n % syllables.length];
    return i % 5 === 0 ? word[0]!.toUpperCase() + word.slice(1) : word;
  });
}

/**
 * A throwaway document through the whole layer: a table of rows like a programme's, in every
 * script and both weights, with page numbers. Enough rows for the shaping and line-breaking code
 * to be compiled, as the first real document would otherwise have it compiled on its time.
 */
async function sampleDocument(part: number): Promise<void> {
  const writer = new PdfWriter({ paper: 'a4', info: { title: 'warm-up' }, language: 'en' });
  writer.heading(SAMPLES.sans);
  const count = SAMPLE_ROWS[part]!;
  const words = madeUpWords(count * WORDS_PER_ROW, part * 100 * WORDS_PER_ROW);
  const rows = Array.from({ length: count }, (_, i) => {
    const family = FONT_FAMILIES[i % FONT_FAMILIES.length]!;
    const text = words.slice(i * WORDS_PER_ROW, (i + 1) * WORDS_PER_ROW);
    return {
      cells: [
        [{ content: `${String(8 + (i % 10)).padStart(2, '0')}:${i % 6}0` }],
        [
          { content: [{ text: text.slice(0, 5).join(' '), weight: 'bold' as const }] },
          { content: `${text.slice(5).join(' ')} — ${SAMPLES[family]}`, gap: 2 },
        ],
        [{ content: SAMPLES[family], style: { direction: 'auto' as const } }],
      ],
      dashed: i % 7 === 0,
    };
  });
  drawTable(writer, {
    columns: [
      { header: SAMPLES.sans, weight: 1 },
      { header: SAMPLES.sans, weight: 4 },
      { header: SAMPLES.arabic, weight: 2, align: 'end' },
    ],
    rows,
  });
  writer.rule();
  await writer.finish((page, count) => `${page} / ${count}`);
}

/** The steps in order, each short enough (tens of milliseconds) not to hold up a call for long. */
export const WARM_UP_STEPS: readonly (() => void | Promise<void>)[] = [
  ...FONT_FAMILIES.map((family) => () => prepareFamily(family)),
  ...SAMPLE_ROWS.map((_, part) => () => sampleDocument(part)),
];

export interface PdfWarmUp {
  /** Says the worker is busy with a call: the next step waits until it has been quiet a while. */
  noteActivity(): void;
  /** Resolves once every step has run (or the warm-up was stopped). */
  readonly done: Promise<void>;
  /** How many steps have run so far. */
  readonly stepsRun: number;
  stop(): void;
}

export interface WarmUpOptions {
  /** How long after the start the first step may run (milliseconds). */
  startAfterMs?: number;
  /** How long the worker must have been quiet before a step runs (milliseconds). */
  quietMs?: number;
  /** Told when a step fails; the warm-up then stops (the document will simply be slower). */
  onError?: (error: unknown) => void;
}

/**
 * Runs the warm-up steps in the background of this thread: each step after `quietMs` without a
 * call, so a burst of calls (the first screen's) goes first and a step delays a call by no more
 * than its own few tens of milliseconds. What it prepares is cached for the process's life.
 */
export function startPdfWarmUp(options: WarmUpOptions = {}): PdfWarmUp {
  const quietMs = options.quietMs ?? 150;
  let lastActivity = Date.now();
  let stopped = false;
  let stepsRun = 0;
  let timer: NodeJS.Timeout | null = null;
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));

  const run = async (index: number): Promise<void> => {
    timer = null;
    if (stopped) return;
    const quietFor = Date.now() - lastActivity;
    if (quietFor < quietMs) {
      schedule(index, quietMs - quietFor);
      return;
    }
    const step = WARM_UP_STEPS[index];
    if (!step) return finish();
    try {
      await step();
    } catch (error) {
      options.onError?.(error);
      stopped = true;
      return finish();
    }
    stepsRun = index + 1;
    if (!stopped) schedule(index + 1, 0);
  };
  const schedule = (index: number, delay: number) => {
    timer = setTimeout(() => void run(index), delay);
    // A worker with nothing else to do may end: the warm-up alone does not keep it alive.
    timer.unref();
  };
  schedule(0, Math.max(quietMs, options.startAfterMs ?? 0));
  return {
    noteActivity: () => void (lastActivity = Date.now()),
    done,
    get stepsRun() {
      return stepsRun;
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      finish();
    },
  };
}
