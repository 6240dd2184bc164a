/**
 * A badge's QR code, drawn as vector squares: sharp at any print resolution, a few hundred bytes
 * each, and read by the desk's USB scanner. It carries the badge token only (see badge-token.ts).
 */
import QRCode from 'qrcode';
import { qrPayload } from '../../../../shared/domain/badge-token';

/** Modules of white left around the code, as the standard asks so that readers find it. */
export const QUIET_ZONE = 4;

/** The code's dark modules, row by row, as runs [column, length] (fewer shapes to draw). */
export interface QrMatrix {
  size: number;
  runs: [row: number, column: number, length: number][];
}

/** The matrix of a token's QR code, with medium error correction (a scratched badge still reads). */
export function qrMatrix(token: string): QrMatrix {
  const { modules } = QRCode.create(qrPayload(token), { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  const runs: QrMatrix['runs'] = [];
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!data[row * size + column]) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && data[row * size + column]) column++;
      runs.push([row, start, column - start]);
    }
  }
  return { size, runs };
}

/**
 * Draws the code with its quiet zone in a square of `side` points whose top-left corner is at
 * (x, y): the quiet zone is part of the square, so nothing else may be drawn inside it.
 */
export function drawQr(doc: PDFKit.PDFDocument, token: string, x: number, y: number, side: number) {
  const { size, runs } = qrMatrix(token);
  const module = side / (size + 2 * QUIET_ZONE);
  const left = x + QUIET_ZONE * module;
  const top = y + QUIET_ZONE * module;
  doc.save();
  // One path for the whole code, filled once: adjacent squares leave no hairline between them.
  for (const [row, column, length] of runs)
    doc.rect(left + column * module, top + row * module, length * module, module);
  doc.fillColor('#000000').fill();
  doc.restore();
}
