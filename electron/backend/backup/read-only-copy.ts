import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PRIVATE_FILE_MODE } from '../db/private-files';

/**
 * A private temporary copy of a database that must not be written to (read-only, or damaged).
 * SQLite cannot open a write-ahead-log database read-only without creating its index file beside
 * it: in a read-only folder it refuses (SQLITE_READONLY_DIRECTORY), and elsewhere it leaves files
 * that later stop the database from opening for writing. Reading from a copy writes nothing at all
 * where the user's file is. A file copy is safe here: nobody writes to the original meanwhile.
 */
export function readOnlyCopy(file: string): { path: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-read-only-'));
  const copy = path.join(dir, path.basename(file));
  try {
    fs.copyFileSync(file, copy);
    // Commits not yet folded into the file live in its write-ahead log: they are part of it.
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    for (const own of [copy, `${copy}-wal`])
      if (fs.existsSync(own)) fs.chmodSync(own, PRIVATE_FILE_MODE);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { path: copy, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
