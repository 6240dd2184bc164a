import { DomainError } from '../errors';
import { cleanImportedText } from '../../../shared/domain/clean-text';
import { isBlankRow } from '../../../shared/domain/import-rows';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_MB,
  IMPORT_MAX_ROWS,
  type Delimiter,
  type Encoding,
  type FileFormat,
} from '../../../shared/domain/imports';
import { base64Size, badFile, decodeText, detectEncoding, sniffFormat } from './decode';
import { detectDelimiter, parseCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { JobControl } from './job';

export interface FileSource {
  name: string;
  base64: string;
}

export interface ReadOptions {
  encoding?: Encoding;
  delimiter?: Delimiter;
  sheet?: string;
}

/** A spreadsheet as rows of text: the header row, then the data rows with their row numbers. */
export interface Table {
  format: FileFormat;
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  sheets: string[];
  sheet: string | null;
  headers: string[];
  rows: string[][];
  rowNumbers: number[];
}

/** Refused before decoding: the size is known from the base64 length alone. */
export function decodeFile(file: FileSource): Uint8Array {
  if (base64Size(file.base64) > IMPORT_MAX_BYTES)
    throw new DomainError('too_large', `imports.messages.fileTooLarge?max=${IMPORT_MAX_MB}`);
  return new Uint8Array(Buffer.from(file.base64, 'base64'));
}

/** The first non-blank row is the header; the rows after it are data, blank ones left out. */
export function splitHeader(
  raw: string[][],
  numbers: number[],
): Pick<Table, 'headers' | 'rows' | 'rowNumbers'> {
  const headerAt = raw.findIndex((r) => !isBlankRow(r));
  if (headerAt < 0) throw badFile('imports.messages.emptyFile');
  const headers = (raw[headerAt] ?? []).map((h) => cleanImportedText(h, 'single').trim());
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerAt + 1; i < raw.length; i++) {
    const row = raw[i]!;
    if (isBlankRow(row)) continue;
    rows.push(row);
    rowNumbers.push(numbers[i] ?? i + 1);
  }
  if (rows.length === 0) throw badFile('imports.messages.headersOnly');
  if (rows.length > IMPORT_MAX_ROWS)
    throw new DomainError('too_large', `imports.messages.tooManyRows?max=${IMPORT_MAX_ROWS}`);
  return { headers, rows, rowNumbers };
}

/** Reads the file as the options say, detecting what they leave out. */
export async function readTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions,
  job: JobControl,
): Promise<Table> {
  const format = sniffFormat(bytes, fileName);
  if (format === 'xlsx') {
    const sheet = await readXlsx(bytes, options.sheet, job);
    return {
      format,
      encoding: null,
      delimiter: null,
      sheets: sheet.sheets,
      sheet: sheet.sheet,
      ...splitHeader(sheet.rows, sheet.rowNumbers),
    };
  }
  const encoding = options.encoding ?? detectEncoding(bytes);
  const text = decodeText(bytes, encoding);
  if (text.trim() === '') throw badFile('imports.messages.emptyFile');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const raw = await parseCsv(text, delimiter, job);
  // In a CSV the row number is the record's position, as a spreadsheet opening it would show.
  const numbers = raw.map((_, i) => i + 1);
  return {
    format,
    encoding,
    delimiter,
    sheets: [],
    sheet: null,
    ...splitHeader(raw, numbers),
  };
}
