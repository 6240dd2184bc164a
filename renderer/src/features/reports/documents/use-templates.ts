import { useEffect, useState } from 'react';
import type { ApiError, Output } from '../../../../../shared/api';
import { call, onBackendEvent } from '../../../lib/api';

export type Templates = Output<'reports.templates'>;

/** The meeting's templates and images, read again whenever the backend says data changed. */
export function useTemplates(meetingId: number) {
  const [templates, setTemplates] = useState<Templates | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const load = () =>
      void call('reports.templates', { meetingId }).then((result) => {
        setError(result.ok ? null : result.error);
        if (result.ok) setTemplates(result.value);
      });
    load();
    return onBackendEvent((event) => event === 'data.changed' && load());
  }, [meetingId]);
  return { templates, error };
}
