/**
 * Country flags for badges, from svg-country-flags: PNG renders of every ISO 3166 country's flag
 * (and Kosovo's XK), in the public domain, in their true proportions, read from node_modules so
 * they work offline. PNGs rather than the SVGs (or flag-icons' SVGs): drawing vector flags through
 * svg-to-pdfkit took 30 s for 250 badges, where an image is embedded once per document and placed
 * by reference on every badge (0.4 s for 250). 250 px wide is over 400 dpi on a badge.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';

const requireFromHere = createRequire(import.meta.url);

// Files never change while the app runs: each is read once per process.
const files = new Map<string, Buffer | null>();

/**
 * The flag as an 8-bit RGB PNG on white. Many of the files are 1-, 2- or 4-bit palettes, which
 * pdfkit draws wrongly (Benin's came out half white); some have transparent corners (Nepal).
 */
function normalised(bytes: Buffer): Buffer {
  const png = PNG.sync.read(bytes);
  const { data } = png;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]! / 255;
    for (let c = 0; c < 3; c++) data[i + c] = Math.round(data[i + c]! * alpha + 255 * (1 - alpha));
    data[i + 3] = 255;
  }
  return PNG.sync.write(png, { colorType: 2, inputHasAlpha: true });
}

/** The flag's PNG bytes for an ISO 3166 alpha-2 code, or null when there is none. */
export function flagPng(countryCode: string): Buffer | null {
  const code = countryCode.toLowerCase();
  if (!/^[a-z]{2}$/.test(code)) return null;
  let bytes = files.get(code);
  if (bytes === undefined) {
    try {
      const file = requireFromHere.resolve(`svg-country-flags/png250px/${code}.png`);
      bytes = normalised(fs.readFileSync(file));
    } catch {
      bytes = null;
    }
    files.set(code, bytes);
  }
  return bytes;
}

/** An image opened in one document, placed on as many badges as need it. */
export interface PlacedImage {
  width: number;
  height: number;
}

/**
 * The flags of one document: each country's image is opened (and so embedded) once, the first
 * time a badge needs it.
 */
export function documentFlags(doc: PDFKit.PDFDocument) {
  const opened = new Map<string, PlacedImage | null>();
  return (countryCode: string | null): PlacedImage | null => {
    if (!countryCode) return null;
    let image = opened.get(countryCode);
    if (image === undefined) {
      const bytes = flagPng(countryCode);
      // pdfkit's types do not list openImage, which image() also accepts the result of.
      image = bytes
        ? (doc as unknown as { openImage(src: Buffer): PlacedImage }).openImage(bytes)
        : null;
      opened.set(countryCode, image);
    }
    return image;
  };
}
