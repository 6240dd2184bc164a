import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { decodeWindows1252 } from '../../electron/backend/imports/decode';
import type { Backend } from '../../electron/backend/backend';
import type { Channel, Input, Output } from '../../shared/api';
import type { ColumnMapping } from '../../shared/domain/import-fields';
import { meetingInput } from './meeting-fixtures';

export const toBase64 = (bytes: Uint8Array | string) =>
  Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64');

/** A file as the renderer sends it. */
export const file = (name: string, bytes: Uint8Array | string) => ({
  name,
  base64: toBase64(bytes),
});

/** Rows written as CSV text (papaparse quotes what needs quoting). */
export function csv(rows: readonly (readonly string[])[], delimiter = ','): string {
  return Papa.unparse(rows as string[][], { delimiter, newline: '\r\n' });
}

/** Windows-1252 bytes of a text: the reverse of what the import decodes. */
export function windows1252(text: string): Uint8Array {
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decodeWindows1252(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

export function utf16le(text: string, bom = true): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

export function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

type CellValue = string | number | { formula: string; result?: string | number };

/** An XLSX workbook with the given sheets. */
export async function xlsx(
  sheets: Record<string, readonly (readonly CellValue[])[]>,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row as ExcelJS.CellValue[]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const HEADERS = ['First name', 'Last name', 'Email', 'Organisation', 'Country', 'Role'];

/** The mapping of HEADERS. */
export const MAPPING: ColumnMapping = {
  givenNames: 0,
  familyNames: 1,
  email: 2,
  organisation: 3,
  country: 4,
  role: 5,
};

export async function createMeeting(backend: Backend & { call: CallFn }): Promise<number> {
  return (await backend.call('meetings.create', meetingInput())).id;
}

type CallFn = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

/** Counts straight from SQLite, to prove what was (not) written. */
export function counts(backend: Backend) {
  const n = (sql: string) => (backend.db.prepare(sql).get() as { n: number }).n;
  return {
    people: n('SELECT count(*) AS n FROM person'),
    registrations: n('SELECT count(*) AS n FROM registration'),
    organisations: n('SELECT count(*) AS n FROM organisation'),
    batches: n('SELECT count(*) AS n FROM import_batch'),
  };
}
