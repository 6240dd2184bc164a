import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  checkDeclared,
  listArchive,
  XLSX_LIMITS,
  type ArchiveEntry,
} from '../../electron/backend/imports/xlsx-archive';
import { testBackend } from './helpers';
import { counts, createMeeting, csv, file, HEADERS, MAPPING, xlsx } from './imports-fixtures';

const MB = 1024 * 1024;
const SHEET = 'xl/worksheets/sheet1.xml';
const ROWS = [
  HEADERS,
  ['Aminata', 'Diallo', 'a.diallo@example.org', 'Police nationale', 'Mali', 'Speaker'],
  ['Kofi', 'Mensah', 'k.mensah@example.org', 'Ghana Police Service', 'Ghana', ''],
];

/** A real workbook whose sheet is swapped for `megabytes` of one repeated row, deflated hard. */
async function bomb(megabytes: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await xlsx({ Sheet1: ROWS }));
  const row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
  zip.file(SHEET, row.repeat(Math.ceil((megabytes * MB) / row.length)), {
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Rewrites the uncompressed size the ZIP declares for one entry, in its local header and in the
 * central directory, as a forger would; the content stays what it is.
 */
function forgeDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const nameAt = (at: number, lengthAt: number, nameOffset: number) =>
    Buffer.from(
      out.subarray(at + nameOffset, at + nameOffset + view.getUint16(at + lengthAt, true)),
    ).toString('utf8') === name;
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && nameAt(at, 26, 30)) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && nameAt(at, 28, 46)) view.setUint32(at + 24, size, true);
  }
  return out;
}

async function setup() {
  const backend = testBackend();
  const meetingId = await createMeeting(backend);
  return { backend, meetingId };
}

/** inspect, check and run all refuse with `message`, and nothing is written. */
async function expectRefused(
  bytes: Uint8Array | string,
  name: string,
  code: string,
  message: string,
) {
  const { backend, meetingId } = await setup();
  const before = counts(backend);
  const source = { meetingId, file: file(name, bytes) };
  for (const [channel, input] of [
    ['imports.inspect', source],
    ['imports.check', { ...source, mapping: MAPPING }],
    ['imports.run', { ...source, mapping: MAPPING }],
  ] as const) {
    // The message is the archive check's own: refused from the archive's directory or within the
    // first chunks, never inflated whole by exceljs (no timing asserted: the machine may be busy).
    const reply = await backend.dispatch(channel, input);
    expect(reply, channel).toMatchObject({ ok: false, error: { code, message } });
  }
  expect(counts(backend)).toEqual(before);
}

describe('XLSX archives that unpack to far more than they weigh', () => {
  it('refuses a small workbook whose sheet inflates hugely (a zip bomb)', async () => {
    const bytes = await bomb(60);
    expect(bytes.length).toBeLessThan(MB); // a 60 MB sheet in well under 1 MB
    await expectRefused(bytes, 'bomb.xlsx', 'validation', 'imports.messages.xlsxSuspicious');
  });

  it('refuses a sheet that unpacks past the size its header declares', async () => {
    const forged = forgeDeclaredSize(await bomb(30), SHEET, 4096);
    const zip = await JSZip.loadAsync(forged);
    const declared = listArchive(zip).find((e) => e.name === SHEET);
    expect(declared?.uncompressedSize).toBe(4096); // the forgery passes the directory check
    await expectRefused(forged, 'forged.xlsx', 'validation', 'imports.messages.xlsxSuspicious');
  });

  it('refuses an archive of thousands of entries', async () => {
    const zip = await JSZip.loadAsync(await xlsx({ Sheet1: ROWS }));
    for (let i = 0; i <= XLSX_LIMITS.maxEntries; i++) zip.file(`xl/media/pad${i}.bin`, '');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expectRefused(bytes, 'many.xlsx', 'validation', 'imports.messages.xlsxSuspicious');
  });

  it('still imports an ordinary workbook', async () => {
    const { backend, meetingId } = await setup();
    const bytes = await xlsx({ Sheet1: ROWS });
    const entries = listArchive(await JSZip.loadAsync(bytes));
    // The directory sizes are read (jszip keeps them on a private field): the cheap check works.
    expect(entries.every((e) => e.uncompressedSize !== null && e.compressedSize !== null)).toBe(
      true,
    );
    const result = await backend.call('imports.run', {
      meetingId,
      file: file('participants.xlsx', bytes),
      mapping: MAPPING,
    });
    expect(result.batch.createdCount).toBe(2);
    expect(counts(backend)).toMatchObject({ people: 2, registrations: 2 });
  });
});

describe('the declared sizes', () => {
  const entry = (megabytes: number, ratio: number): ArchiveEntry => ({
    name: 'e',
    uncompressedSize: megabytes * MB,
    compressedSize: (megabytes * MB) / ratio,
  });
  const refusal = (entries: ArchiveEntry[]) => {
    try {
      checkDeclared(entries);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('allow big, well-compressed sheets and tiny, very compressed ones', () => {
    expect(refusal([entry(150, 40), entry(9, 5000)])).toBeNull();
  });

  it('refuse more than 200 MB in all, and an entry over 10 MB compressed past 200:1', () => {
    expect(refusal([entry(120, 10), entry(90, 10)])).toBe('imports.messages.xlsxTooLarge?max=200');
    expect(refusal([entry(11, 250)])).toBe('imports.messages.xlsxSuspicious');
  });

  it('skip what jszip could not tell', () => {
    expect(refusal([{ name: 'e', uncompressedSize: null, compressedSize: null }])).toBeNull();
  });
});

describe('files with too many rows', () => {
  it('refuses more than 100,000 rows, and writes nothing', async () => {
    const rows = Array.from({ length: 100_001 }, (_, i) => [`G${i}`, `F${i}`, '', '', '', '']);
    await expectRefused(
      csv([HEADERS, ...rows]),
      'big.csv',
      'too_large',
      'imports.messages.tooManyRows?max=100000',
    );
  });
});
