import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { DomainError } from '../errors';
import type { BackendContext } from '../context';
import type { ImportPhase } from '../../../shared/domain/imports';

/** What a long step (an import's, the badges PDF's) reports to and checks with between chunks. */
export interface JobControl<Phase extends string = ImportPhase> {
  progress(phase: Phase, done: number, total: number): void;
  /** Lets other requests (a cancel, the UI's polling) run, then stops here if cancelled. */
  checkpoint(): Promise<void>;
}

/** A job nobody follows: demo data, scripts. */
export const silentJob: JobControl = {
  progress: () => {},
  checkpoint: () => yieldToEventLoop(),
};

export const cancelledError = (message = 'imports.messages.cancelled') =>
  new DomainError('cancelled', message);

/**
 * Jobs in flight by id, so a cancel (imports.cancel, attendance.cancelBadges) can reach them. A
 * cancel may arrive before its job starts (the two requests race): it is kept, briefly, and
 * honoured when the job begins. `cancelMessage` is what a cancelled job's caller is told.
 */
export function createJobRegistry<Phase extends string = ImportPhase>(
  ctx: BackendContext,
  cancelMessage?: string,
) {
  const running = new Map<string, { cancelled: boolean }>();
  const early = new Set<string>();

  return {
    start(jobId: string | undefined): JobControl<Phase> & { end(): void } {
      const state = { cancelled: jobId !== undefined && early.delete(jobId) };
      if (jobId) running.set(jobId, state);
      let lastEmit = 0;
      let lastPhase: Phase | null = null;
      return {
        progress(phase, done, total) {
          const now = Date.now();
          // Throttled: a 200,000-row file must not flood the event stream. A new phase always
          // goes out: the wizard stops offering Cancel when the write begins.
          if (!jobId || (now - lastEmit < 50 && done < total && phase === lastPhase)) return;
          lastEmit = now;
          lastPhase = phase;
          ctx.emit('job.progress', { jobId, done, total, phase });
        },
        async checkpoint() {
          await yieldToEventLoop();
          if (state.cancelled) throw cancelledError(cancelMessage);
        },
        end() {
          if (jobId) running.delete(jobId);
        },
      };
    },
    cancel(jobId: string): boolean {
      const job = running.get(jobId);
      if (job) job.cancelled = true;
      else {
        if (early.size > 100) early.clear();
        early.add(jobId);
      }
      return job !== undefined;
    },
  };
}

export type JobRegistry = ReturnType<typeof createJobRegistry>;
