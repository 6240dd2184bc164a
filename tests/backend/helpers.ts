import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { Channel, Input, Output } from '../../shared/api';

const dirs: string[] = [];

/** A fresh directory under the system temp folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-backend-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The real backend on a real SQLite file in a temp dir, replies checked against the contract. */
export function testBackend(): Backend & {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
} {
  const backend = createBackend({ dataDir: tempDir(), checkOutput: true, log: () => {} });
  afterEach(() => backend.close());
  return Object.assign(backend, {
    async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      const reply = await backend.dispatch(channel, input);
      if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
      return reply.value as Output<C>;
    },
  });
}
