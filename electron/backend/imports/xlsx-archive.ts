import JSZip from 'jszip';
import { DomainError } from '../errors';
import { badFile } from './decode';
import type { JobControl } from './job';

/**
 * Limits on what an XLSX (a ZIP) may unpack to. exceljs inflates every entry whole into memory, so
 * a 20 MB upload crafted to inflate to gigabytes (a "zip bomb") would exhaust the backend's memory
 * before anything else could object. Real participant lists sit below every limit: 100,000 rows
 * of 7 columns unpack to about 50 MB (and to ~500 MB of exceljs heap), in a dozen entries, at
 * ratios around 12:1.
 */
export const XLSX_LIMITS = {
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxEntries: 2_000,
  /** An entry this large must also compress less than maxRatio:1 to be believed. */
  ratioFromBytes: 10 * 1024 * 1024,
  maxRatio: 200,
};

const MB = 1024 * 1024;
const tooLarge = () =>
  new DomainError(
    'too_large',
    `imports.messages.xlsxTooLarge?max=${XLSX_LIMITS.maxUnpackedBytes / MB}`,
  );
const suspicious = () => badFile('imports.messages.xlsxSuspicious');

export interface ArchiveEntry {
  name: string;
  /** As the ZIP's central directory declares them; null if jszip no longer exposes them. */
  compressedSize: number | null;
  uncompressedSize: number | null;
}

/**
 * The sizes jszip read from the central directory. They sit on the entry's private `_data`
 * (jszip's typings leave it out); when a jszip release moves them, the sizes are null and
 * verifyEntries' running count still bounds what is unpacked.
 */
function declaredSizes(entry: JSZip.JSZipObject): Omit<ArchiveEntry, 'name'> {
  const data = (entry as { _data?: { compressedSize?: unknown; uncompressedSize?: unknown } })
    ._data;
  const size = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : null);
  return {
    compressedSize: size(data?.compressedSize),
    uncompressedSize: size(data?.uncompressedSize),
  };
}

/** The archive's file entries with their declared sizes; nothing is inflated. */
export function listArchive(zip: JSZip): ArchiveEntry[] {
  return Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => ({ name: entry.name, ...declaredSizes(entry) }));
}

/** Reads the ZIP's directory (nothing is inflated yet). */
export async function openArchive(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    // Truncated, or not a ZIP at all: what exceljs would have said too.
    throw badFile('imports.messages.xlsxDamaged');
  }
}

/** Refuses, from the declared sizes alone, an archive too big or too compressed to be a list. */
export function checkDeclared(entries: readonly ArchiveEntry[]): void {
  if (entries.length > XLSX_LIMITS.maxEntries) throw suspicious();
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize === null) continue;
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize ?? e.uncompressedSize);
    if (e.uncompressedSize > XLSX_LIMITS.ratioFromBytes && ratio > XLSX_LIMITS.maxRatio)
      throw suspicious();
  }
  if (total > XLSX_LIMITS.maxUnpackedBytes) throw tooLarge();
}

// ZipObject#internalStream is documented jszip API that its typings leave out.
type Streamable = { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> };

/** Inflates one entry chunk by chunk, handing each length to `count`; a throw stops it. */
function inflateCounting(entry: JSZip.JSZipObject, count: (bytes: number) => void) {
  return new Promise<void>((resolve, reject) => {
    let stopped = false;
    const stream = (entry as unknown as Streamable).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (stopped) return;
        try {
          count(chunk.length);
        } catch (error) {
          stopped = true;
          stream.pause();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      })
      .on('error', (error) => reject(error))
      .on('end', () => resolve())
      .resume();
  });
}

/**
 * Inflates every entry once, counting, and stops at the first that unpacks to more than it
 * declared (a forged header: jszip itself notices only after inflating it all) or that takes the
 * whole past the limit. Memory stays near one chunk; a normal workbook costs one extra inflate.
 */
async function verifyEntries(zip: JSZip, job: JobControl): Promise<void> {
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const declared = declaredSizes(entry).uncompressedSize;
    let size = 0;
    try {
      await inflateCounting(entry, (bytes) => {
        size += bytes;
        total += bytes;
        if (declared !== null && size > declared) throw suspicious();
        if (total > XLSX_LIMITS.maxUnpackedBytes) throw tooLarge();
      });
    } catch (error) {
      if (error instanceof DomainError) throw error;
      // Less data than declared, or a corrupt deflate stream.
      throw badFile('imports.messages.xlsxDamaged');
    }
    await job.checkpoint();
  }
}

/** Checks an XLSX's archive before exceljs opens it; throws the message to show if it must not. */
export async function checkXlsxArchive(bytes: Uint8Array, job: JobControl): Promise<void> {
  const zip = await openArchive(bytes);
  checkDeclared(listArchive(zip));
  await verifyEntries(zip, job);
}
