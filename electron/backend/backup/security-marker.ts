import fs from 'node:fs';
import path from 'node:path';
import { writePrivateFile } from '../db/private-files';

/**
 * A small file beside the database that says whether it should be encrypted. It lives outside the
 * database on purpose: if someone swapped the encrypted file for a plain one (to read what the user
 * then types into it), the database itself could not be trusted to say so.
 */
export const MARKER_FILE = 'plenary.security.json';

export interface SecurityMarker {
  encrypted: boolean;
}

export function readMarker(dataDir: string): SecurityMarker | null {
  try {
    const json = JSON.parse(fs.readFileSync(path.join(dataDir, MARKER_FILE), 'utf8')) as unknown;
    if (json && typeof json === 'object' && typeof (json as SecurityMarker).encrypted === 'boolean')
      return { encrypted: (json as SecurityMarker).encrypted };
  } catch {
    // Missing or unreadable: nothing is expected.
  }
  return null;
}

/** Writes the marker whole or not at all (a new file renamed into place). */
export function writeMarker(dataDir: string, marker: SecurityMarker): void {
  const text = `${JSON.stringify({ ...marker, updatedAt: new Date().toISOString() })}\n`;
  writePrivateFile(path.join(dataDir, MARKER_FILE), text);
}
