// `npx tsx scripts/make-fixtures.ts`: writes the sample participant spreadsheets to tests/fixtures/,
// from the same seeded generator the demo uses, with the slips national contacts make: an old
// country name nobody can resolve automatically, and one person sent twice.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { decodeWindows1252 } from '../electron/backend/imports/decode';
import { sampleParticipants } from '../electron/backend/demo/sample-people';
import { sampleRows, type SheetLanguage } from '../electron/backend/demo/sample-rows';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures');
const FIXED_DATE = new Date('2026-06-01T09:00:00Z');

/** Windows-1252 bytes, from the import's own decoding table; refuses what the code page lacks. */
function windows1252(text: string): Uint8Array {
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decodeWindows1252(new Uint8Array([b])), b);
  return Uint8Array.from([...text], (ch) => {
    const byte = table.get(ch);
    if (byte === undefined) throw new Error(`"${ch}" has no Windows-1252 byte`);
    return byte;
  });
}

/**
 * The rows as a contact would send them: `oldName` replaces the country of the first person from
 * `code` (asked on import, never guessed), and the `repeat`-th person appears again at the end
 * with the email in capitals and a new phone number (found as a duplicate within the file).
 */
function withSlips(
  language: SheetLanguage,
  registrations: Parameters<typeof sampleRows>[0],
  slip: { code: string; oldName: string; repeat: number },
) {
  const { headers, rows } = sampleRows(registrations, language);
  const country = headers.indexOf(language === 'fr' ? 'Pays' : 'Country');
  const at = registrations.findIndex((r) => r.person.countryCode === slip.code);
  rows[at]![country] = slip.oldName;
  const again = [...rows[slip.repeat]!];
  again[4] = again[4]!.toUpperCase();
  again[5] = `${again[5]!.slice(0, -3)}999`;
  rows.push(again);
  return [headers, ...rows];
}

async function writeXlsx(file: string, sheet: string, rows: string[][]) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plenary sample data';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const worksheet = workbook.addWorksheet(sheet);
  for (const row of rows) worksheet.addRow(row);
  worksheet.getRow(1).font = { bold: true };
  worksheet.columns.forEach((column) => (column.width = 22));
  await workbook.xlsx.writeFile(path.join(OUT, file));
}

const { specialists, workingGroup } = sampleParticipants();
const lyon = withSlips('en', specialists, { code: 'BF', oldName: 'Upper Volta', repeat: 40 });
const cotonou = withSlips('fr', workingGroup, { code: 'BJ', oldName: 'Dahomey', repeat: 30 });

fs.mkdirSync(OUT, { recursive: true });
// UTF-8 with a BOM and commas, as Excel's "CSV UTF-8" saves it.
fs.writeFileSync(
  path.join(OUT, 'specialists-group-participants.csv'),
  `\uFEFF${Papa.unparse(lyon, { newline: '\r\n' })}\r\n`,
);
await writeXlsx('specialists-group-participants.xlsx', 'Participants', lyon);
// Windows-1252 with semicolons, as French Excel on Windows saves a plain "CSV".
fs.writeFileSync(
  path.join(OUT, 'working-group-participants.csv'),
  windows1252(`${Papa.unparse(cotonou, { delimiter: ';', newline: '\r\n' })}\r\n`),
);
await writeXlsx('working-group-participants.xlsx', 'Participants', cotonou);
console.log(
  `Wrote ${lyon.length - 1} + ${cotonou.length - 1} rows to ${path.relative(process.cwd(), OUT)}`,
);
