/**
 * The fonts embedded in every PDF: Noto families with wide coverage, read at run time from the
 * @expo-google-fonts packages (full TTFs under the SIL Open Font License; WOFF2 files come out blank
 * in pdfkit). They stay in node_modules rather than in resources/: Noto Sans SC and KR weigh 6–10 MB
 * per weight, too much to commit, and a packaged app carries its production dependencies anyway
 * (only the two weights named here need packaging). pdfkit embeds each as a subset.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/** The font families, chosen per run of text by its script (see scripts.ts). */
export const FONT_FAMILIES = [
  'sans',
  'arabic',
  'cjk',
  'korean',
  'thai',
  'devanagari',
  'ethiopic',
] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];
export type FontWeight = 'regular' | 'bold';

export interface FontFace {
  family: FontFamily;
  weight: FontWeight;
}

/** Noto Sans covers Latin, Greek and Cyrillic; each other family one script (CJK: Han and kana). */
const PACKAGES: Record<FontFamily, { name: string; stem: string }> = {
  sans: { name: '@expo-google-fonts/noto-sans', stem: 'NotoSans' },
  arabic: { name: '@expo-google-fonts/noto-sans-arabic', stem: 'NotoSansArabic' },
  cjk: { name: '@expo-google-fonts/noto-sans-sc', stem: 'NotoSansSC' },
  korean: { name: '@expo-google-fonts/noto-sans-kr', stem: 'NotoSansKR' },
  thai: { name: '@expo-google-fonts/noto-sans-thai', stem: 'NotoSansThai' },
  devanagari: { name: '@expo-google-fonts/noto-sans-devanagari', stem: 'NotoSansDevanagari' },
  ethiopic: { name: '@expo-google-fonts/noto-sans-ethiopic', stem: 'NotoSansEthiopic' },
};

const WEIGHT_FOLDERS: Record<FontWeight, string> = { regular: '400Regular', bold: '700Bold' };

const requireFromHere = createRequire(import.meta.url);

/** The name a face is registered under in a pdfkit document: 'sans-bold'. */
export const faceKey = (face: FontFace): string => `${face.family}-${face.weight}`;

/** Where the face's TTF file is, resolved like a module so it works from node_modules or an asar. */
export function fontPath(face: FontFace): string {
  const { name, stem } = PACKAGES[face.family];
  const folder = WEIGHT_FOLDERS[face.weight];
  return requireFromHere.resolve(`${name}/${folder}/${stem}_${folder}.ttf`);
}

interface LoadedFont {
  font: fontkit.Font;
}

// Fonts never change while the app runs: each file is read and parsed once per process.
const loaded = new Map<string, LoadedFont>();

/** Shaped words kept per face; a programme uses a few thousand, so the bound is only a safeguard. */
const MAX_SHAPED = 20_000;

/**
 * Shaping a word (GSUB and GPOS lookups) is most of a document's cost, and the same names and
 * words come back in every document. The face's `layout` keeps the runs it made, and hands each
 * caller a copy of the positions: pdfkit scales them in place.
 */
function memoiseLayout(font: fontkit.Font): void {
  const shape = font.layout.bind(font);
  const runs = new Map<string, fontkit.GlyphRun>();
  const copy = (run: fontkit.GlyphRun): fontkit.GlyphRun =>
    Object.assign(Object.create(Object.getPrototypeOf(run) as object) as fontkit.GlyphRun, run, {
      positions: run.positions.map((p) =>
        Object.assign(Object.create(Object.getPrototypeOf(p) as object) as object, p),
      ),
    });
  font.layout = ((text: string, ...rest: unknown[]) => {
    // Only the plain call (what pdfkit and the measuring make) is memoised.
    if (rest.some((arg) => arg !== undefined))
      return (shape as (...args: unknown[]) => fontkit.GlyphRun)(text, ...rest);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_SHAPED) runs.clear();
      run = shape(text);
      runs.set(text, run);
    }
    return copy(run);
  }) as fontkit.Font['layout'];
}

/**
 * fontkit keeps one glyph object per glyph id, with the code points of the text it was first met
 * in, and pdfkit builds each document's text map (ToUnicode: what copying text and search read)
 * from those. A glyph drawn for several characters (the shared body of Arabic ب and ن, the "E" of
 * a decomposed "É", which has none) would then map to whatever an earlier document of the process
 * met first, so one document's text would depend on the ones made before it. Each glyph handed out
 * is instead a view of the shared glyph carrying the code points of the text being shaped now.
 */
function glyphsWithOwnCodePoints(font: fontkit.Font): void {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = ((id: number, codePoints: number[] = []) =>
    Object.create(getGlyph(id, codePoints) as object, {
      codePoints: { value: [...codePoints], enumerable: true },
    }) as fontkit.Glyph) as fontkit.Font['getGlyph'];
}

function load(face: FontFace): LoadedFont {
  const key = faceKey(face);
  let entry = loaded.get(key);
  if (!entry) {
    const font = fontkit.create(fs.readFileSync(fontPath(face))) as fontkit.Font;
    glyphsWithOwnCodePoints(font);
    memoiseLayout(font);
    entry = { font };
    loaded.set(key, entry);
  }
  return entry;
}

/**
 * The parsed face, to register with pdfkit: handing it the parsed font rather than the file lets
 * every document reuse the shaping tables fontkit builds on first use (about 0.3 s per face).
 */
export const parsedFont = (face: FontFace): fontkit.Font => load(face).font;

/** True when the family draws this code point (checked on the regular weight). */
export function familyHasGlyph(family: FontFamily, codePoint: number): boolean {
  return load({ family, weight: 'regular' }).font.hasGlyphForCodePoint(codePoint);
}

/** The advance of `text` set in `face`, in ems (multiply by the size in points). */
export function advanceInEms(face: FontFace, text: string): number {
  const { font } = load(face);
  return font.layout(text).advanceWidth / font.unitsPerEm;
}

/** Ascent and descent of the Latin face in ems, to place baselines of mixed-font lines alike. */
export function lineMetrics(): { ascent: number; descent: number } {
  const { font } = load({ family: 'sans', weight: 'regular' });
  return { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm };
}
