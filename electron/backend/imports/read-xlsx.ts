import ExcelJS from 'exceljs';
import { badFile } from './decode';
import type { JobControl } from './job';
import { checkXlsxArchive } from './xlsx-archive';

export interface SheetTable {
  sheets: string[];
  sheet: string;
  /** Each non-empty row's cells as text, with the row number Excel shows. */
  rows: string[][];
  rowNumbers: number[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as the text a registrar typed. A formula stays the formula's text (with its '='): it is
 * never evaluated, and its cached result is not trusted either.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
  if ('sharedFormula' in value && typeof value.sharedFormula === 'string')
    return `=${value.sharedFormula}`;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/** Loads the workbook and reads one sheet (the named one, else the first with content). */
export async function readXlsx(
  bytes: Uint8Array,
  sheetName: string | undefined,
  job: JobControl,
): Promise<SheetTable> {
  const workbook = new ExcelJS.Workbook();
  job.progress('read', 0, 1);
  await checkXlsxArchive(bytes, job);
  try {
    // A copy as a plain ArrayBuffer: exceljs' types want that, and the copy is cheap next to parsing.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    // A truncated download or a ZIP that is not a workbook (a .docx renamed): the same advice.
    throw badFile('imports.messages.xlsxDamaged');
  }
  await job.checkpoint();
  const worksheets = workbook.worksheets.filter((w) => w.state !== 'veryHidden');
  if (worksheets.length === 0) throw badFile('imports.messages.xlsxDamaged');
  const sheet =
    (sheetName !== undefined ? worksheets.find((w) => w.name === sheetName) : undefined) ??
    worksheets.find((w) => w.actualRowCount > 0) ??
    worksheets[0]!;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const total = sheet.rowCount;
  let seen = 0;
  for (let n = 1; n <= total; n++) {
    const row = sheet.findRow(n);
    if (row?.hasValues) {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = cellText(cell.value);
      });
      rows.push(Array.from(cells, (c) => c ?? ''));
      rowNumbers.push(n);
    }
    if (++seen % 2000 === 0) {
      job.progress('read', n, total);
      await job.checkpoint();
    }
  }
  job.progress('read', total, total);
  return { sheets: worksheets.map((w) => w.name), sheet: sheet.name, rows, rowNumbers };
}
