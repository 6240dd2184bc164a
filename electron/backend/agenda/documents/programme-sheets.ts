/**
 * The sessions as a table for spreadsheets: CSV (UTF-8 with BOM, the separator French spreadsheets
 * expect in French) and XLSX (frozen header, filters, column widths). Every text cell is made
 * formula-safe, since titles and descriptions are typed by people.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { formatMinute, SESSION_PERSON_ROLES } from '../../../../shared/domain/agenda';
import { safeCell } from '../../../../shared/domain/spreadsheet-safety';
import { personLine, type ProgrammeView, type SessionView } from './programme-model';
import type { DocumentLabels } from './programme-text';

type ColumnKey = keyof DocumentLabels['columns'];
type Cell = string | number | null;

interface Column {
  key: ColumnKey;
  width: number;
  value: (entry: SessionView, labels: DocumentLabels) => Cell;
}

const roleColumn = (role: (typeof SESSION_PERSON_ROLES)[number]): Column => ({
  key: role,
  width: 36,
  value: (e) =>
    e.roles
      .find((g) => g.role === role)
      ?.people.map(personLine)
      .join('; ') ?? '',
});

const COLUMNS: Column[] = [
  { key: 'day', width: 12, value: (e) => e.session.day },
  { key: 'start', width: 8, value: (e) => formatMinute(e.session.startMinute) },
  { key: 'end', width: 8, value: (e) => formatMinute(e.session.endMinute) },
  { key: 'title', width: 48, value: (e) => e.session.title },
  { key: 'type', width: 18, value: (e) => e.type },
  { key: 'room', width: 24, value: (e) => e.room },
  { key: 'track', width: 22, value: (e) => e.track ?? '' },
  { key: 'region', width: 22, value: (e) => e.region ?? '' },
  { key: 'presenter', width: 24, value: (e) => e.presenter ?? '' },
  ...SESSION_PERSON_ROLES.map(roleColumn),
  {
    key: 'status',
    width: 12,
    value: (e, l) => (e.session.tentative ? l.tentative : l.confirmed),
  },
  { key: 'restricted', width: 10, value: (e, l) => (e.session.restricted ? l.yes : l.no) },
  { key: 'expectedAudience', width: 10, value: (e) => e.session.expectedAudience },
  { key: 'description', width: 48, value: (e) => e.session.description },
  { key: 'awards', width: 40, value: (e) => e.awards.map((a) => a.line).join('; ') },
];

/** Header and rows of the sessions table, every text cell formula-safe. */
export function sessionsTable(view: ProgrammeView): { header: string[]; rows: Cell[][] } {
  const labels = view.labels;
  return {
    header: COLUMNS.map((c) => labels.columns[c.key]),
    rows: view.days.flatMap((day) =>
      day.sessions.map((entry) =>
        COLUMNS.map((c) => {
          const value = c.value(entry, labels);
          return typeof value === 'string' ? safeCell(value) : value;
        }),
      ),
    ),
  };
}

/** The CSV text's bytes: UTF-8 with BOM; ';' between cells in French, ',' in English. */
export function sessionsCsv(view: ProgrammeView): Buffer {
  const { header, rows } = sessionsTable(view);
  const csv = Papa.unparse(
    { fields: header, data: rows.map((r) => r.map((c) => (c === null ? '' : String(c)))) },
    { delimiter: view.language === 'fr' ? ';' : ',', newline: '\r\n' },
  );
  return Buffer.from(`\uFEFF${csv}`, 'utf8');
}

/** The XLSX workbook's bytes. */
export async function sessionsXlsx(view: ProgrammeView): Promise<Buffer> {
  const { header, rows } = sessionsTable(view);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plenary';
  workbook.title = view.meeting.title;
  const sheet = workbook.addWorksheet(view.labels.sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((c, i) => ({ header: header[i], width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  // Strings stay text cells (never formulas); the expected audience is a number to sum or sort.
  sheet.addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
