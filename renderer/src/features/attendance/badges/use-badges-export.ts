import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Input, Output } from '../../../../../shared/api';
import { call, onBackendEvent } from '../../../lib/api';
import { downloadBase64 } from '../../participants/download-file';

export type BadgesRequest = Omit<Input<'attendance.badges'>, 'meetingId' | 'jobId'>;

export interface BadgesProgress {
  done: number;
  total: number;
  stopping: boolean;
}

export type BadgesOutcome =
  | { kind: 'done'; file: Output<'attendance.badges'> }
  | { kind: 'stopped' }
  | { kind: 'error'; error: ApiError };

/**
 * Makes one badges PDF at a time as a backend job: follows its progress events, can stop it, and
 * hands the file to the browser's download when it is ready.
 */
export function useBadgesExport(meetingId: number) {
  const [progress, setProgress] = useState<BadgesProgress | null>(null);
  const jobId = useRef<string | null>(null);

  useEffect(
    () =>
      onBackendEvent((event, payload) => {
        const p = payload as { jobId: string; done: number; total: number };
        if (event !== 'job.progress' || p.jobId !== jobId.current) return;
        setProgress((shown) => ({
          done: p.done,
          total: p.total,
          stopping: shown?.stopping ?? false,
        }));
      }),
    [],
  );

  const run = useCallback(
    async (request: BadgesRequest): Promise<BadgesOutcome> => {
      const id = crypto.randomUUID();
      jobId.current = id;
      setProgress({ done: 0, total: 0, stopping: false });
      const reply = await call('attendance.badges', { meetingId, ...request, jobId: id });
      jobId.current = null;
      setProgress(null);
      if (reply.ok) {
        downloadBase64(reply.value);
        return { kind: 'done', file: reply.value };
      }
      if (reply.error.code === 'cancelled') return { kind: 'stopped' };
      return { kind: 'error', error: reply.error };
    },
    [meetingId],
  );

  const stop = useCallback(() => {
    const id = jobId.current;
    if (!id) return;
    setProgress((shown) => shown && { ...shown, stopping: true });
    void call('attendance.cancelBadges', { jobId: id });
  }, []);

  return { progress, run, stop };
}
