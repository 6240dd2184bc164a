/**
 * A table as a CSV (UTF-8 with BOM, the separator spreadsheets of the language open directly) or
 * an XLSX workbook (frozen header, filters, column widths), every cell made formula-safe with the
 * same rule as the participants' export (shared/domain/spreadsheet-safety.ts).
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { safeCell } from '../../../../shared/domain/spreadsheet-safety';
import { defaultCsvSeparator, type CsvSeparator } from '../../../../shared/domain/csv';

export interface TableFileOptions {
  format: 'csv' | 'xlsx';
  language: string;
  separator?: CsvSeparator | undefined;
  sheetName: string;
  widths: number[];
}

export const MIME_TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export async function tableFile(
  header: string[],
  rows: string[][],
  options: TableFileOptions,
): Promise<Buffer> {
  const cells = rows.map((row) => row.map(safeCell));
  if (options.format === 'csv') {
    const delimiter = options.separator ?? defaultCsvSeparator(options.language);
    const csv = Papa.unparse({ fields: header.map(safeCell), data: cells }, { delimiter });
    return Buffer.from(`\uFEFF${csv}`, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plenary';
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const name = options.sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h, i) => ({ header: h, width: options.widths[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  // Plain strings only: exceljs writes them as text cells, never as formulas or numbers.
  sheet.addRows(cells);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A file name part from free text: 'Specialists group 2026' → 'Specialists-group-2026'. */
export function fileSlug(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}
