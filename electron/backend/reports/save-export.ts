/**
 * Where a finished export goes. The desktop app has native dialogs: the user picks the place and
 * the backend writes the file there, so the bytes never cross to the renderer. The browser host
 * has none: the bytes go back and the browser downloads them.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Dialogs } from '../dialogs';
import type { SavedExport } from '../../../shared/api/reports';

export interface MadeFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

const FILTER_NAMES: Record<string, string> = {
  pdf: 'PDF',
  xlsx: 'Excel',
  csv: 'CSV',
  ics: 'iCalendar',
};

/** Saves through the native dialog when there is one, else hands the file back to download. */
export async function saveExport(
  dialogs: Dialogs,
  file: MadeFile,
  title: string,
  write: (file: string, bytes: Buffer) => Promise<void> = (f, b) => fs.writeFile(f, b),
): Promise<SavedExport> {
  if (!dialogs.available)
    return {
      outcome: 'download',
      fileName: file.fileName,
      mimeType: file.mimeType,
      base64: file.bytes.toString('base64'),
    };
  const extension = path.extname(file.fileName).slice(1);
  const chosen = await dialogs.saveFile({
    title,
    defaultName: file.fileName,
    filters: [
      { name: FILTER_NAMES[extension] ?? extension.toUpperCase(), extensions: [extension] },
    ],
  });
  if (chosen === null) return { outcome: 'cancelled' };
  await write(chosen, file.bytes);
  return { outcome: 'saved', fileName: path.basename(chosen), path: chosen };
}
