import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Runs `fn` with a fresh directory under the OS temp dir and removes it afterwards, even on failure. */
export async function withTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return await fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
