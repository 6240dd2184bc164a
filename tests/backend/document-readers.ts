/**
 * Real readers for the documents the backend makes: poppler's pdftotext, pdffonts, pdfinfo and
 * pdftoppm for PDFs, LibreOffice for spreadsheets. Tests that need one skip, saying why, when it
 * is not installed (.ci/run installs them).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** True when `command` can be run (poppler's tools print their version with -v). */
export function hasCommand(command: string, versionArg = '-v'): boolean {
  const result = spawnSync(command, [versionArg], { stdio: 'ignore' });
  return !result.error;
}

export const POPPLER = hasCommand('pdftotext');
export const POPPLER_MISSING = 'poppler-utils is not installed (apt-get install -y poppler-utils)';

function withFile<T>(bytes: Buffer, extension: string, use: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-doc-'));
  try {
    const file = path.join(dir, `document.${extension}`);
    fs.writeFileSync(file, bytes);
    return use(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

/** The PDF's text as pdftotext extracts it (reading order, UTF-8). */
export function pdfText(bytes: Buffer, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return withFile(bytes, 'pdf', (file) => run('pdftotext', ['-enc', 'UTF-8', ...range, file, '-']));
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The fonts pdffonts lists, one per font the pages use. */
export function pdfFonts(bytes: Buffer): PdfFont[] {
  const out = withFile(bytes, 'pdf', (file) => run('pdffonts', [file]));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      // name, type words, encoding, then emb sub uni object-id generation.
      const parts = line.trim().split(/\s+/);
      const [emb, sub, uni] = parts.slice(-5, -2);
      return {
        name: parts[0]!,
        type: parts.slice(1, -6).join(' '),
        embedded: emb === 'yes',
        subset: sub === 'yes',
        unicode: uni === 'yes',
      };
    });
}

/** pdfinfo's fields ('Pages', 'Page size', 'Title'…). */
export function pdfInfo(bytes: Buffer): Record<string, string> {
  const out = withFile(bytes, 'pdf', (file) => run('pdfinfo', ['-enc', 'UTF-8', file]));
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

/**
 * Renders one page in grey levels and returns the share of pixels that are not white: a page whose
 * glyphs came out invisible (fonts that extract but do not draw) scores near zero.
 */
export function inkRatio(bytes: Buffer, page: number): number {
  return withFile(bytes, 'pdf', (file, dir) => {
    run('pdftoppm', [
      '-r',
      '40',
      '-gray',
      '-f',
      String(page),
      '-l',
      String(page),
      file,
      path.join(dir, 'page'),
    ]);
    const image = fs.readdirSync(dir).find((f) => f.endsWith('.pgm'));
    if (!image) throw new Error('pdftoppm wrote no image');
    const pgm = fs.readFileSync(path.join(dir, image));
    // Binary PGM: "P5", width, height, max value, one byte per pixel after a single whitespace.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('not a PGM image');
    const pixels = pgm.subarray(header[0].length);
    let ink = 0;
    for (const value of pixels) if (value < 200) ink++;
    return ink / pixels.length;
  });
}

/**
 * Text made comparable: bidi marks that pdftotext adds around right-to-left runs removed, and
 * round brackets too (it moves a bracket next to an Arabic run to that run's other side: "Nour
 * حداد (Ministry" comes out as "Nour ( حدادMinistry" though the page shows it right), runs of
 * whitespace made one space, and the Arabic letters pdftotext reads as a sibling (ز for ر, ه for ة
 * with Noto fonts) folded together. Apply it to both sides of a comparison.
 */
export function comparable(text: string): string {
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069()]/g, '')
    .replace(/ز/g, 'ر')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}

export const LIBREOFFICE = hasCommand('soffice', '--version');

/** Every sheet of a workbook as CSV text, converted by LibreOffice (UTF-8, comma-separated). */
export function libreOfficeCsv(bytes: Buffer): string {
  return withFile(bytes, 'xlsx', (file, dir) => {
    run('soffice', [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      dir,
      file,
    ]);
    const csv = fs.readdirSync(dir).find((f) => f.endsWith('.csv'));
    if (!csv) throw new Error('LibreOffice wrote no CSV');
    return fs.readFileSync(path.join(dir, csv), 'utf8');
  });
}

/** Each sheet of a workbook as CSV text, by sheet name, converted by LibreOffice. */
export function libreOfficeSheets(bytes: Buffer): Record<string, string> {
  return withFile(bytes, 'xlsx', (file, dir) => {
    run('soffice', [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      dir,
      file,
    ]);
    // With -1 LibreOffice writes one file per sheet: document-<sheet>.csv.
    const sheets: Record<string, string> = {};
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.csv')))
      sheets[name.replace(/^document-/, '').replace(/\.csv$/, '')] = fs.readFileSync(
        path.join(dir, name),
        'utf8',
      );
    return sheets;
  });
}
