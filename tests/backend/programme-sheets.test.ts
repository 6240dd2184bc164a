import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Agenda } from '../../shared/api';
import { LIBREOFFICE, libreOfficeCsv } from './document-readers';
import { meetingInput } from './meeting-fixtures';
import { exported, openBackend, sampleMeetings } from './programme-fixtures';

const backend = openBackend();
let lyon: number;
let cotonou: number;
let agendaA: Agenda;

beforeAll(async () => {
  ({ lyon, cotonou } = await sampleMeetings(backend));
  agendaA = await backend.call('agenda.get', { meetingId: lyon });
});

const BOM = '\uFEFF';

/** Parses exported CSV bytes as a spreadsheet user's import would: BOM, separator detected. */
function readCsv(bytes: Buffer) {
  const text = bytes.toString('utf8');
  expect(text.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { delimiter: parsed.meta.delimiter, rows: parsed.data };
}

/**
 * The workbook's first sheet as text rows, read by LibreOffice when it is installed (as users
 * open it), else by SheetJS: either way a reader other than the library that wrote it.
 */
function readXlsx(bytes: Buffer): string[][] {
  if (LIBREOFFICE)
    return Papa.parse<string[]>(libreOfficeCsv(bytes), { skipEmptyLines: true }).data;
  const workbook = XLSX.read(bytes);
  const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
  return XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
}

const HEADER_EN = [
  'Day',
  'Start',
  'End',
  'Title',
  'Type',
  'Room',
  'Track',
  'Region',
  'Presented by',
  'Chairs',
  'Moderators',
  'Speakers',
  'Panellists',
  'Rapporteurs',
  'Status',
  'Restricted',
  'Expected audience',
  'Description',
  'Awards',
];

describe('the sessions as CSV and XLSX, read back by other readers', () => {
  it('writes meeting A as comma-separated UTF-8 with a BOM, one row per session in programme order', async () => {
    const file = await exported(backend, { meetingId: lyon, format: 'csv' });
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    expect(file.fileName).toMatch(/^sessions-specialists-group-.*-\d{4}-\d{2}-\d{2}\.csv$/);
    const { delimiter, rows } = readCsv(file.bytes);
    expect(delimiter).toBe(',');
    expect(rows[0]).toEqual(HEADER_EN);
    expect(rows).toHaveLength(agendaA.sessions.length + 1);
    const body = rows.slice(1);
    const order = body.map((r) => `${r[0]} ${r[1]}`);
    expect(order).toEqual([...order].sort());
    const opening = body.find((r) => r[3] === 'Opening plenary')!;
    expect(opening.slice(0, 6)).toEqual([
      '2026-11-14',
      '09:00',
      '09:45',
      'Opening plenary',
      'Plenary',
      'Main Auditorium',
    ]);
    expect(opening[9]).toBe('Ірина Коваленко (National Police of Ukraine)');
    expect(body.find((r) => r[14] === 'Tentative')?.[3]).toBe(
      'Case study: a cross-border victim identification',
    );
    expect(body.filter((r) => r[7] !== '').map((r) => r[7])).toEqual(
      expect.arrayContaining([
        'Africa',
        'Americas',
        'Asia and South Pacific',
        'Europe',
        'Middle East and North Africa',
      ]),
    );
    expect(body.find((r) => r[3] === 'Award ceremony')?.[18]).toMatch(
      /, presented to End Child Exploitation Network$/,
    );
  });

  it('writes meeting B in French with semicolons, as French spreadsheets expect', async () => {
    const { delimiter, rows } = readCsv(
      (await exported(backend, { meetingId: cotonou, format: 'csv' })).bytes,
    );
    expect(delimiter).toBe(';');
    expect(rows[0]!.slice(0, 6)).toEqual(['Jour', 'Début', 'Fin', 'Titre', 'Type', 'Salle']);
    const bilateral = rows.find((r) => r[3]!.startsWith('Réunion bilatérale'))!;
    expect(bilateral[14]).toBe('Provisoire');
    expect(rows.find((r) => r[3] === 'Pause-café')?.[5]).toBe('Toutes les salles');
  });

  it('gives the same table as XLSX, with a frozen header, filters and column widths', async () => {
    const csv = readCsv((await exported(backend, { meetingId: lyon, format: 'csv' })).bytes).rows;
    const file = await exported(backend, { meetingId: lyon, format: 'xlsx' });
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.fileName).toMatch(/^sessions-specialists-group-.*\.xlsx$/);
    expect(readXlsx(file.bytes)).toEqual(csv);
    const zip = await JSZip.loadAsync(file.bytes);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toContain('<autoFilter ref="A1:S1"/>');
    expect(sheet).toMatch(/<col min="4" max="4" width="48"/);
  });

  it('neutralises text a spreadsheet would run as a formula, in both formats', async () => {
    const meetingId = (await backend.call('meetings.create', meetingInput({ languages: ['en'] })))
      .id;
    await backend.call('agenda.createSession', {
      meetingId,
      session: {
        title: '=HYPERLINK("http://example.invalid","Agenda")',
        type: 'panel',
        day: '2026-09-22',
        startMinute: 600,
        endMinute: 660,
        description: '+SUM(1,2)',
      },
    });
    const csv = readCsv((await exported(backend, { meetingId, format: 'csv' })).bytes).rows;
    expect(csv[1]![3]).toBe('\'=HYPERLINK("http://example.invalid","Agenda")');
    expect(csv[1]![17]).toBe("'+SUM(1,2)");
    const xlsx = await exported(backend, { meetingId, format: 'xlsx' });
    expect(readXlsx(xlsx.bytes)).toEqual(csv);
    const zip = await JSZip.loadAsync(xlsx.bytes);
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).not.toContain('<f>');
  });
});
