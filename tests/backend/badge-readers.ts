/**
 * Reading badges back as a scanner and a person would: each page rendered by poppler's pdftoppm,
 * each badge's area cut out of the image and its QR code decoded by jsQR (a reader that never saw
 * how the code was made).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  BADGE_GEOMETRY,
  badgeSlot,
  badgesPerSheet,
  type BadgeLayout,
} from '../../shared/domain/badges';

/** Every page of the PDF as an RGBA image at `dpi`. */
export function renderPages(bytes: Buffer, dpi: number): PNG[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-badges-'));
  try {
    const file = path.join(dir, 'badges.pdf');
    fs.writeFileSync(file, bytes);
    const result = spawnSync('pdftoppm', ['-r', String(dpi), '-png', file, path.join(dir, 'p')]);
    if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr.toString()}`);
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => PNG.sync.read(fs.readFileSync(path.join(dir, f))));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The QR code found in one rectangle (millimetres) of a page image, or null. */
function decodeIn(
  page: PNG,
  dpi: number,
  area: { x: number; y: number; width: number; height: number },
) {
  const scale = dpi / 25.4;
  const left = Math.max(0, Math.floor(area.x * scale));
  const top = Math.max(0, Math.floor(area.y * scale));
  const width = Math.min(page.width - left, Math.ceil(area.width * scale));
  const height = Math.min(page.height - top, Math.ceil(area.height * scale));
  const crop = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((top + row) * page.width + left) * 4;
    crop.set(page.data.subarray(from, from + width * 4), row * width * 4);
  }
  return jsQR(crop, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/**
 * What a scanner reads on each badge, page by page: one entry per badge slot that holds a code
 * (null where a slot's code cannot be read, so a test sees which one failed).
 */
export function readBadgeCodes(
  bytes: Buffer,
  layout: BadgeLayout,
  options: { count: number; withBacks: boolean; dpi?: number },
): { front: (string | null)[]; back: (string | null)[] } {
  const dpi = options.dpi ?? 100;
  const pages = renderPages(bytes, dpi);
  const perSheet = badgesPerSheet(layout);
  const step = options.withBacks ? 2 : 1;
  const front: (string | null)[] = [];
  const back: (string | null)[] = [];
  for (let n = 0; n < options.count; n++) {
    const sheet = Math.floor(n / perSheet) * step;
    const i = n % perSheet;
    front.push(decodeIn(pages[sheet]!, dpi, badgeSlot(layout, i, 'front')));
    if (options.withBacks)
      back.push(decodeIn(pages[sheet + 1]!, dpi, badgeSlot(layout, i, 'back')));
  }
  expectPageCount(pages.length, Math.ceil(options.count / perSheet) * step, layout);
  return { front, back };
}

function expectPageCount(actual: number, expected: number, layout: BadgeLayout) {
  if (actual !== expected)
    throw new Error(
      `${layout}: ${actual} pages rendered, ${expected} expected (${BADGE_GEOMETRY[layout].columns} columns)`,
    );
}
