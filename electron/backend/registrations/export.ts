import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import en from '../../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../../shared/i18n/fr.json' with { type: 'json' };
import { countryName } from '../../../shared/domain/countries';
import { normaliseName } from '../../../shared/domain/people';
import { safeCell } from '../../../shared/domain/spreadsheet-safety';
import { defaultCsvSeparator, type CsvSeparator } from '../../../shared/domain/csv';
import type { ParticipantRow } from './types';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportLanguage = 'en' | 'fr';

type Labels = typeof en.export;
const LABELS: Record<ExportLanguage, Labels> = { en: en.export, fr: fr.export };

interface Column {
  key: keyof Labels['columns'];
  width: number;
  value: (row: ParticipantRow, labels: Labels, language: ExportLanguage) => string;
}

const yesNo = (value: boolean, labels: Labels) => (value ? labels.yes : labels.no);

// The participants view's columns; internal notes stay out: exported lists travel by email.
const COLUMNS: Column[] = [
  { key: 'title', width: 8, value: (r) => r.title },
  { key: 'givenNames', width: 20, value: (r) => r.givenNames },
  { key: 'familyNames', width: 20, value: (r) => r.familyNames },
  { key: 'email', width: 28, value: (r) => r.email },
  { key: 'phone', width: 18, value: (r) => r.phone },
  { key: 'position', width: 24, value: (r) => r.position },
  { key: 'organisation', width: 30, value: (r) => r.organisationName },
  { key: 'acronym', width: 10, value: (r) => r.organisationAcronym },
  {
    key: 'organisationType',
    width: 22,
    value: (r, l) => (r.organisationType ? l.organisationType[r.organisationType] : ''),
  },
  {
    key: 'country',
    width: 22,
    value: (r, _l, language) => (r.countryCode ? countryName(r.countryCode, language) : ''),
  },
  { key: 'region', width: 22, value: (r, l) => (r.policeRegion ? l.region[r.policeRegion] : '') },
  { key: 'role', width: 16, value: (r, l) => l.role[r.role] },
  { key: 'status', width: 14, value: (r, l) => l.status[r.status] },
  { key: 'plannedDays', width: 24, value: (r) => r.plannedDays.join(', ') },
  { key: 'arrival', width: 12, value: (r) => r.arrivalDate ?? '' },
  { key: 'departure', width: 12, value: (r) => r.departureDate ?? '' },
  { key: 'dietary', width: 20, value: (r) => r.dietary },
  { key: 'accessibility', width: 20, value: (r) => r.accessibility },
  { key: 'visaLetter', width: 10, value: (r, l) => yesNo(r.visaLetter, l) },
  { key: 'badgeName', width: 20, value: (r) => r.badgeName },
  { key: 'consentToList', width: 10, value: (r, l) => yesNo(r.consentToList, l) },
];

const MIME = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The exported file, as the contract carries it. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** The header and the cells of each row, every cell already made formula-safe. */
export function exportTable(rows: ParticipantRow[], language: ExportLanguage) {
  const labels = LABELS[language];
  return {
    header: COLUMNS.map((c) => labels.columns[c.key]),
    cells: rows.map((row) => COLUMNS.map((c) => safeCell(c.value(row, labels, language)))),
  };
}

function fileName(meetingTitle: string, language: ExportLanguage, format: ExportFormat): string {
  const slug = normaliseName(meetingTitle).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '');
  return `${LABELS[language].fileName}${slug ? `-${slug}` : ''}.${format}`;
}

async function xlsx(header: string[], cells: string[][], language: ExportLanguage) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plenary';
  const sheet = workbook.addWorksheet(LABELS[language].sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((c, i) => ({ header: header[i], width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  // Plain strings only: exceljs writes them as text cells, never as formulas or numbers.
  sheet.addRows(cells);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The rows as a CSV (UTF-8 with BOM, so spreadsheets read accents right; separated the way
 * spreadsheets of the language expect unless told) or an XLSX workbook.
 */
export async function exportParticipants(
  rows: ParticipantRow[],
  options: {
    meetingTitle: string;
    format: ExportFormat;
    language: ExportLanguage;
    separator?: CsvSeparator;
  },
): Promise<ExportFile> {
  const { header, cells } = exportTable(rows, options.language);
  const delimiter = options.separator ?? defaultCsvSeparator(options.language);
  const bytes =
    options.format === 'csv'
      ? Buffer.from(`\uFEFF${Papa.unparse({ fields: header, data: cells }, { delimiter })}`, 'utf8')
      : await xlsx(header, cells, options.language);
  return {
    fileName: fileName(options.meetingTitle, options.language, options.format),
    mimeType: MIME[options.format],
    base64: bytes.toString('base64'),
  };
}
