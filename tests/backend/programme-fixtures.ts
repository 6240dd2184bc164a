import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import type { Channel, Input, Output } from '../../shared/api';

export type CallBackend = ReturnType<typeof openBackend>;

/**
 * A real backend on its own SQLite file that lives for the whole test file (loading the sample
 * meetings takes a second or two: once per file, not once per test). Closed and removed after.
 * `now` sets the backend's clock: the sample attendance holds what has happened by then.
 */
export function openBackend(now?: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-programme-'));
  const at = now === undefined ? undefined : Date.parse(now);
  const backend = createBackend({
    dataDir: dir,
    checkOutput: true,
    log: () => {},
    ...(at === undefined ? {} : { clock: () => at }),
  });
  afterAll(() => {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return Object.assign(backend, {
    async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      const reply = await backend.dispatch(channel, input);
      if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
      return reply.value as Output<C>;
    },
  });
}

/** Three days after meeting A: its sample attendance is complete. */
export const AFTER_MEETING_A = '2026-11-20T10:00:00.000Z';

/** The backend with the sample meetings loaded: Lyon (meeting A) and Cotonou (meeting B). */
export async function sampleMeetings(backend: CallBackend) {
  const { meetingIds } = await backend.call('demo.load', {});
  const [lyon, cotonou] = meetingIds as [number, number];
  return { lyon, cotonou };
}

/** The exported file's bytes. */
export async function exported(backend: CallBackend, input: Input<'agenda.exportProgramme'>) {
  const file = await backend.call('agenda.exportProgramme', input);
  return { ...file, bytes: Buffer.from(file.base64, 'base64') };
}
