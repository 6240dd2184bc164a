import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createBackend, type Backend, type BackendOptions } from '../../electron/backend/backend';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import type { Channel, Envelope, Input, Output } from '../../shared/api';
import { meetingInput } from './meeting-fixtures';

const opened: Backend[] = [];
afterEach(() => {
  for (const backend of opened.splice(0)) backend.close();
});

export type TestBackend = Backend & {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  send<C extends Channel>(channel: C, input: Input<C>): Promise<Envelope<Output<C>>>;
};

/** The real backend on `dataDir` (closed after the test), replies checked against the contract. */
export function backendOn(dataDir: string, options: Partial<BackendOptions> = {}): TestBackend {
  const backend = createBackend({ dataDir, checkOutput: true, log: () => {}, ...options });
  opened.push(backend);
  return Object.assign(backend, {
    async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      const reply = await backend.dispatch(channel, input);
      if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
      return reply.value as Output<C>;
    },
    send<C extends Channel>(channel: C, input: Input<C>) {
      return backend.dispatch(channel, input) as Promise<Envelope<Output<C>>>;
    },
  });
}

/** Closes a backend opened with backendOn before the test ends (to reopen its folder). */
export function closeBackend(backend: Backend): void {
  backend.close();
  opened.splice(opened.indexOf(backend), 1);
}

/** A meeting with a title no one would find in a file by chance. */
export const SECRET_TITLE = 'Operation Lantern Sahel 7731';

export async function addSecretMeeting(backend: TestBackend): Promise<number> {
  return (await backend.call('meetings.create', meetingInput({ title: SECRET_TITLE }))).id;
}

export async function meetingTitles(backend: TestBackend): Promise<string[]> {
  return (await backend.call('meetings.list', {})).map((m) => m.title);
}

export const databaseFileIn = (dataDir: string) => path.join(dataDir, DATABASE_FILE);

/** The bytes of a file, hashed: proof that something was not written to. */
export const fileHash = (file: string) =>
  createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** True when `text` appears anywhere in the file's bytes (UTF-8): what a thief's hex editor sees. */
export const readableIn = (file: string, text: string) =>
  fs.readFileSync(file).includes(Buffer.from(text, 'utf8'));

export const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
