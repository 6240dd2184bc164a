import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { noAttendance } from '../../electron/backend/reports/attendance-source';
import type { Output } from '../../shared/api';
import type { AttendanceFacts } from '../../shared/domain/reports';
import {
  comparable,
  inkRatio,
  LIBREOFFICE,
  libreOfficeSheets,
  pdfFonts,
  pdfText,
  POPPLER,
  POPPLER_MISSING,
} from './document-readers';
import { openBackend, sampleMeetings } from './programme-fixtures';
import { downloaded, reportsWith, sampleFacts } from './reports-documents-fixtures';

const LIBREOFFICE_MISSING =
  'LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui)';
const DAYS = ['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17'];
const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

const backend = openBackend();
let lyon: number;
type Row = Output<'registrations.list'>[number];
let expected: Row[];
let facts: AttendanceFacts;
let reports: ReturnType<typeof reportsWith>;
let sessions: { id: number; day: string }[];
let stateless: Row;

beforeAll(async () => {
  ({ lyon } = await sampleMeetings(backend));
  // Someone without a country, present every day: counted under "Not stated", never dropped.
  const { id } = await backend.call('registrations.create', {
    meetingId: lyon,
    person: { givenNames: 'Sans', familyNames: 'Pays' },
    registration: { status: 'confirmed' },
  });
  const all = await backend.call('registrations.list', { meetingId: lyon });
  stateless = all.find((r) => r.id === id)!;
  expected = all.filter((r) => ['registered', 'confirmed'].includes(r.status));
  const agenda = await backend.call('agenda.get', { meetingId: lyon });
  sessions = agenda.sessions
    .filter((s) => !['break', 'meal'].includes(s.type))
    .map((s) => ({ id: s.id, day: s.day }));
  facts = sampleFacts(
    expected.map((r) => r.id).filter((rid) => rid !== id),
    DAYS,
    (rid) => sessions.filter((_, k) => (rid + k) % 3 === 0),
  );
  facts = {
    ...facts,
    byDay: Object.fromEntries(Object.entries(facts.byDay).map(([d, ids]) => [d, [...ids, id]])),
  };
  reports = reportsWith(backend, { factsFor: () => facts });
});

const exportReport = async (format: 'xlsx' | 'csv' | 'pdf', language?: 'en' | 'fr') =>
  downloaded(
    await reports.call('reports.export', {
      meetingId: lyon,
      kind: 'attendance',
      format,
      ...(language ? { language } : {}),
    }),
  );

/** Who the facts say was present on at least one day. */
const attendedIds = () => new Set(Object.values(facts.byDay).flat());

describe('the attendance report', () => {
  it('writes one sheet per view, read back by LibreOffice with the same figures', async (ctx) => {
    ctx.skip(!LIBREOFFICE, LIBREOFFICE_MISSING);
    const { name, bytes } = await exportReport('xlsx');
    expect(name).toMatch(/^attendance-report-specialists-group-.*-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = Object.fromEntries(
      Object.entries(libreOfficeSheets(bytes)).map(([sheet, csv]) => [
        sheet,
        Papa.parse<string[]>(csv, { skipEmptyLines: true }).data,
      ]),
    );
    expect(Object.keys(sheets).sort()).toEqual(
      ['Attendance', 'By country', 'By organisation', 'No-shows', 'Sessions'].sort(),
    );
    const matrix = sheets['Attendance']!;
    expect(matrix[0]).toEqual([
      'Name',
      'Organisation',
      'Country',
      'Status',
      'Sat 14 Nov',
      'Sun 15 Nov',
      'Mon 16 Nov',
      'Tue 17 Nov',
      'Days attended',
      'Sessions attended',
      'No-show',
    ]);
    expect(matrix).toHaveLength(expected.length + 1);
    // Each day's column adds up to the people present that day.
    DAYS.forEach((day, d) => {
      const column = matrix.slice(1).reduce((sum, r) => sum + Number(r[4 + d]), 0);
      expect(column, day).toBe(facts.byDay[day]!.length);
    });
    const present = attendedIds();
    const noShows = expected.filter((r) => !present.has(r.id));
    expect(sheets['No-shows']!).toHaveLength(noShows.length + 1);
    const countries = sheets['By country']!;
    const total = countries.at(-1)!;
    expect(total.slice(0, 4)).toEqual([
      'Total',
      String(expected.length),
      String(present.size),
      String(noShows.length),
    ]);
    expect(countries.at(-2)![0]).toBe('Country not stated');
    expect(countries.at(-2)!.slice(1, 4)).toEqual(['1', '1', '0']);
    const france = expected.filter((r) => r.countryCode === 'FR');
    expect(countries.find((r) => r[0] === 'France')!.slice(1, 3)).toEqual([
      String(france.length),
      String(france.filter((r) => present.has(r.id)).length),
    ]);
    const sessionSheet = sheets['Sessions']!;
    expect(sessionSheet).toHaveLength(sessions.length + 1);
    const counted = sessionSheet.slice(1).reduce((sum, r) => sum + Number(r[4]), 0);
    expect(counted).toBe(Object.values(facts.bySession).flat().length);
  });

  it('freezes each header, filters its columns and sizes them', async () => {
    const { bytes } = await exportReport('xlsx', 'fr');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Présences',
      'Sessions',
      'Par pays',
      'Par organisation',
      'Absents',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter, sheet.name).toBeTruthy();
      for (const column of sheet.columns) expect(column.width, sheet.name).toBeGreaterThan(8);
    }
    // The totals row stays out of the filtered range, so sorting never moves it.
    const byCountry = workbook.getWorksheet('Par pays')!;
    // ExcelJS reads the filter back as its range, 'A1:H63'.
    const range = String(byCountry.autoFilter);
    expect(range).toBe(
      `A1:${byCountry.getColumn(byCountry.columnCount).letter}${byCountry.rowCount - 1}`,
    );
    expect(byCountry.getRow(byCountry.rowCount).getCell(1).value).toBe('Total');
  });

  it('writes the matrix as CSV with a BOM and the language’s separator, read by an RFC 4180 parser', async () => {
    for (const [language, delimiter] of [
      ['fr', ';'],
      ['en', ','],
    ] as const) {
      const { name, bytes } = await exportReport('csv', language);
      expect(name).toMatch(language === 'fr' ? /^rapport-presence-/ : /^attendance-report-/);
      const text = bytes.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.delimiter).toBe(delimiter);
      expect(parsed.data).toHaveLength(expected.length + 1);
      const pays = parsed.data.find((r) => r[0] === 'Pays, Sans')!;
      expect(pays[2]).toBe(language === 'fr' ? 'Pays non renseigné' : 'Country not stated');
      expect(pays.slice(4, 8)).toEqual(['1', '1', '1', '1']);
    }
  });

  it('prints the figures and every name, Arabic and Cyrillic included, in a PDF whose pages draw', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const { name, bytes } = await exportReport('pdf');
    expect(name).toMatch(/\.pdf$/);
    const text = comparable(pdfText(bytes));
    const present = attendedIds();
    const noShows =
      expected.length - [...present].filter((id) => expected.some((r) => r.id === id)).length;
    expect(text).toContain('ATTENDANCE REPORT');
    expect(text).toContain(
      `${present.size} of ${expected.length} expected participants attended at least one day; ${noShows} did not come.`,
    );
    const arabic = expected.find((r) => ARABIC.test(r.familyNames))!;
    const cyrillic = expected.find((r) => CYRILLIC.test(r.familyNames))!;
    for (const r of [arabic, cyrillic, stateless])
      expect(text).toContain(comparable(`${r.familyNames}, ${r.givenNames}`));
    expect(text).toContain('Country not stated');
    expect(text).toMatch(/Page 1 of \d+/);
    for (const font of pdfFonts(bytes)) expect(font).toMatchObject({ embedded: true });
    expect(inkRatio(bytes, 1)).toBeGreaterThan(0.02);
  });

  it('is refused, saying what to do, while nobody has been checked in', async () => {
    const none = reportsWith(backend, noAttendance);
    const error = await none.failure('reports.export', {
      meetingId: lyon,
      kind: 'attendance',
      format: 'xlsx',
    });
    expect(error).toMatchObject({
      code: 'validation',
      message: 'errors.documents.noAttendanceReport',
    });
    const status = await none.call('reports.exportStatus', { meetingId: lyon });
    expect(status).toMatchObject({ attendanceRecorded: false, attended: 0 });
  });
});
