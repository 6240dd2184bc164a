import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { startPdfWarmUp, WARM_UP_STEPS } from '../../electron/backend/pdf/warm-up';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-warm-up-'));
let lyon: number;

beforeAll(async () => {
  const backend = createBackend({ dataDir: dir, log: () => {} });
  const reply = await backend.dispatch('demo.load', {});
  backend.close();
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  lyon = (reply.value as { meetingIds: number[] }).meetingIds[0]!;
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

/**
 * Meeting A's programme PDF from a fresh copy of the backend's modules (so fresh font caches, as
 * in a new process), with the warm-up run before it or not. The clock is fixed: the file carries
 * its creation date.
 */
async function programme(warmedUp: boolean): Promise<Buffer> {
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-02T09:00:00Z') });
  const fresh = await import('../../electron/backend/backend');
  const { WARM_UP_STEPS: steps } = await import('../../electron/backend/pdf/warm-up');
  if (warmedUp) for (const step of steps) await step();
  const backend = fresh.createBackend({ dataDir: dir, log: () => {} });
  try {
    const reply = await backend.dispatch('agenda.exportProgramme', {
      meetingId: lyon,
      format: 'pdf',
    });
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    return Buffer.from((reply.value as { base64: string }).base64, 'base64');
  } finally {
    backend.close();
  }
}

describe('the PDF warm-up', () => {
  it('leaves the programme PDF byte for byte as it is without it', async () => {
    const cold = await programme(false);
    const warm = await programme(true);
    expect(cold.length).toBeGreaterThan(10_000);
    expect(warm.equals(cold)).toBe(true);
  }, 120_000);

  it('steps aside while calls keep coming, then runs every step', async () => {
    const warmUp = startPdfWarmUp({ startAfterMs: 0, quietMs: 40 });
    // A burst of calls (the first screen's): no step runs while it lasts.
    for (let i = 0; i < 15; i++) {
      warmUp.noteActivity();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(warmUp.stepsRun).toBe(0);
    await warmUp.done;
    expect(warmUp.stepsRun).toBe(WARM_UP_STEPS.length);
  }, 120_000);

  it('stops between steps when asked, leaving the rest undone', async () => {
    const warmUp = startPdfWarmUp({ startAfterMs: 0, quietMs: 0 });
    while (warmUp.stepsRun === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    warmUp.stop();
    await warmUp.done;
    const after = warmUp.stepsRun;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(warmUp.stepsRun).toBe(after);
    expect(after).toBeLessThan(WARM_UP_STEPS.length);
  }, 120_000);
});
