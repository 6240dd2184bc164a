import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import en from '../../../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../../../shared/i18n/fr.json' with { type: 'json' };
import { countryName } from '../../../../shared/domain/countries';
import { normaliseName } from '../../../../shared/domain/people';
import { safeCell } from '../../../../shared/domain/spreadsheet-safety';
import type { ExportFile } from '../../registrations/export';
import type { DayRow } from '../types';

type Language = 'en' | 'fr';
const LOCALES = { en, fr } as const;

interface Column {
  width: number;
  header: (l: (typeof LOCALES)[Language]) => string;
  value: (row: DayRow, l: (typeof LOCALES)[Language], language: Language) => string;
}

// Who to call: name, where they come from, and how to reach them.
const COLUMNS: Column[] = [
  { width: 24, header: (l) => l.attendance.export.name, value: (r) => r.name },
  { width: 30, header: (l) => l.export.columns.organisation, value: (r) => r.organisationName },
  {
    width: 22,
    header: (l) => l.export.columns.country,
    value: (r, _l, language) => (r.countryCode ? countryName(r.countryCode, language) : ''),
  },
  {
    width: 22,
    header: (l) => l.export.columns.region,
    value: (r, l) => (r.policeRegion ? l.export.region[r.policeRegion] : ''),
  },
  { width: 16, header: (l) => l.export.columns.role, value: (r, l) => l.export.role[r.role] },
  { width: 14, header: (l) => l.export.columns.status, value: (r, l) => l.export.status[r.status] },
  { width: 28, header: (l) => l.export.columns.email, value: (r) => r.email },
  { width: 18, header: (l) => l.export.columns.phone, value: (r) => r.phone },
];

const MIME = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The header and the cells, every cell already made formula-safe. */
export function notArrivedTable(rows: readonly DayRow[], language: Language) {
  const l = LOCALES[language];
  return {
    header: COLUMNS.map((c) => c.header(l)),
    cells: rows.map((row) => COLUMNS.map((c) => safeCell(c.value(row, l, language)))),
  };
}

/**
 * The people expected on a day who have not come, as CSV (UTF-8 with BOM) or XLSX, safe against
 * spreadsheet formula injection like the participants export.
 */
export async function exportNotArrived(
  rows: readonly DayRow[],
  options: { meetingTitle: string; day: string; format: 'csv' | 'xlsx'; language: Language },
): Promise<ExportFile> {
  const l = LOCALES[options.language];
  const { header, cells } = notArrivedTable(rows, options.language);
  let bytes: Buffer;
  if (options.format === 'csv')
    bytes = Buffer.from(`\uFEFF${Papa.unparse({ fields: header, data: cells })}`, 'utf8');
  else {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Plenary';
    const sheet = workbook.addWorksheet(l.attendance.export.sheetName, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = COLUMNS.map((c, i) => ({ header: header[i], width: c.width }));
    sheet.getRow(1).font = { bold: true };
    // Plain strings only: exceljs writes them as text cells, never as formulas or numbers.
    sheet.addRows(cells);
    bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  }
  const slug = normaliseName(options.meetingTitle)
    .replace(/ /g, '-')
    .slice(0, 50)
    .replace(/-+$/, '');
  return {
    fileName: `${l.attendance.export.fileName}-${options.day}${slug ? `-${slug}` : ''}.${options.format}`,
    mimeType: MIME[options.format],
    base64: bytes.toString('base64'),
  };
}
