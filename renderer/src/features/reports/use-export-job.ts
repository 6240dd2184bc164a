import { useCallback, useEffect, useRef, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../../shared/api';
import { call, onBackendEvent } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { downloadBase64 } from '../participants/download-file';

export type ExportRequest = Omit<Input<'reports.export'>, 'jobId'>;

export interface RunningExport {
  jobId: string;
  /** Which button started it: '<kind>.<format>'. */
  key: string;
  phase: string | null;
  done: number;
  total: number;
  cancelling: boolean;
}

/**
 * Runs one export at a time as a job: its progress comes as job.progress events, Cancel asks the
 * backend to stop at its next checkpoint. The result is downloaded (browser host) or was saved
 * where the user chose (desktop); either way a notification says what happened.
 */
export function useExportJob() {
  const { t } = useTranslation();
  const [running, setRunning] = useState<RunningExport | null>(null);
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      onBackendEvent((event, payload) => {
        if (event !== 'job.progress') return;
        const p = payload as { jobId: string; done: number; total: number; phase: string };
        if (p.jobId !== current.current) return;
        setRunning((r) => (r && r.jobId === p.jobId ? { ...r, ...p } : r));
      }),
    [],
  );

  const run = useCallback(
    async (key: string, request: ExportRequest) => {
      const jobId = crypto.randomUUID();
      current.current = jobId;
      setRunning({ jobId, key, phase: null, done: 0, total: 0, cancelling: false });
      const result = await call('reports.export', { ...request, jobId });
      current.current = null;
      setRunning(null);
      if (!result.ok) {
        notifications.show(
          result.error.code === 'cancelled'
            ? { message: t('reports.exports.cancelled') }
            : {
                color: 'red',
                message: t('reports.exports.failed', { message: errorText(result.error) }),
                autoClose: 8000,
              },
        );
        return;
      }
      const saved = result.value;
      if (saved.outcome === 'download') {
        downloadBase64(saved);
        notifications.show({
          color: 'green',
          message: t('reports.exports.downloaded', { file: saved.fileName }),
        });
      } else if (saved.outcome === 'saved')
        notifications.show({
          color: 'green',
          message: t('reports.exports.saved', { file: saved.fileName }),
        });
      else notifications.show({ message: t('reports.exports.saveCancelled') });
    },
    [t],
  );

  const cancel = useCallback(async () => {
    const jobId = current.current;
    if (!jobId) return;
    setRunning((r) => (r ? { ...r, cancelling: true } : r));
    await call('reports.cancel', { jobId });
  }, []);

  return { running, run, cancel };
}
