import { DomainError } from '../errors';
import type { Encoding, FileFormat } from '../../../shared/domain/imports';

/** A file the user should fix: the message is an i18n key under imports.messages. */
export const badFile = (message: string) => new DomainError('validation', message);

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

// Formats people send by mistake, recognised by their first bytes, so the message can say what the
// file is not rather than showing garbage as a "CSV".
const NOT_SPREADSHEETS: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x42, 0x4d], // BMP
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV, AVI)
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // Windows executable
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], // SQLite
];

/**
 * Decides how to read the bytes: XLSX (a ZIP), CSV, or a refusal. The content decides, not the
 * name, except that a file named .xlsx that is not a ZIP is reported as damaged.
 */
export function sniffFormat(bytes: Uint8Array, fileName: string): FileFormat {
  if (bytes.length === 0) throw badFile('imports.messages.emptyFile');
  const named = fileName.toLowerCase();
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) throw badFile('imports.messages.oldExcel');
  if (NOT_SPREADSHEETS.some((sig) => startsWith(bytes, ...sig)))
    throw badFile('imports.messages.notSpreadsheet');
  if (named.endsWith('.xlsx') || named.endsWith('.xlsm'))
    throw badFile('imports.messages.xlsxDamaged');
  return 'csv';
}

function utf16Without(bytes: Uint8Array): Encoding | null {
  // Text in UTF-16 without a BOM has a zero byte in every other position for Latin script.
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** BOM first, then UTF-16 by its zero bytes, then strict UTF-8, else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): Encoding {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return 'utf-8-bom';
  if (startsWith(bytes, 0xff, 0xfe)) return 'utf-16le';
  if (startsWith(bytes, 0xfe, 0xff)) return 'utf-16be';
  const utf16 = utf16Without(bytes);
  if (utf16) return utf16;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // Not valid UTF-8: spreadsheets saved by Excel on Windows in Western Europe and West Africa.
    return 'windows-1252';
  }
}

const LABELS: Record<Encoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
};

// Windows-1252's bytes 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ), as the
// WHATWG Encoding Standard maps them. Node 20's TextDecoder decodes this label as Latin-1 and
// gives C1 control characters there instead, which would lose the ’ of "l’enfance".
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 text, right on every Node version. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** The text, BOM removed; a binary file is refused rather than shown as a table of noise. */
export function decodeText(bytes: Uint8Array, encoding: Encoding): string {
  const decoded =
    encoding === 'windows-1252'
      ? decodeWindows1252(bytes)
      : new TextDecoder(LABELS[encoding]).decode(bytes);
  const text = decoded.replace(/^\uFEFF/, '');
  let controls = 0;
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw badFile('imports.messages.binaryFile');
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) controls++;
  }
  if (controls > sample.length * 0.01) throw badFile('imports.messages.binaryFile');
  return text;
}

/** Decoded size of a base64 string, without decoding it. */
export function base64Size(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}
