import { useCallback, useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import type { ApiError, Output } from '../../../../shared/api';
import type { AuditArea } from '../../../../shared/domain/audit';
import { call, onBackendEvent } from '../../lib/api';

export type AuditPage = Output<'audit.list'>;
export type AuditEntry = AuditPage['entries'][number];

/** Whose log: a meeting's or a person's. */
export interface AuditScope {
  meetingId?: number;
  personId?: number;
}

export interface AuditView {
  area: AuditArea | null;
  who: string | null;
  query: string;
}

/** How many entries a page brings; "Show more" brings the next ones. */
export const PAGE_SIZE = 100;

/**
 * The log of a meeting or a person as the user narrows it: the first page follows the filters
 * (typing is debounced) and every change in the backend, "show more" appends older entries.
 */
export function useAuditLog(scope: AuditScope) {
  const [view, setView] = useState<AuditView>({ area: null, who: null, query: '' });
  const [query] = useDebouncedValue(view.query, 250);
  const [page, setPage] = useState<AuditPage | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const latest = useRef(0);
  const { meetingId, personId } = scope;

  const filter = useCallback(
    () => ({
      ...(meetingId !== undefined ? { meetingId } : {}),
      ...(personId !== undefined ? { personId } : {}),
      areas: view.area ? [view.area] : [],
      ...(view.who !== null ? { who: view.who } : {}),
      query,
    }),
    [meetingId, personId, view.area, view.who, query],
  );

  useEffect(() => {
    const load = () => {
      const request = ++latest.current;
      void call('audit.list', { ...filter(), limit: PAGE_SIZE }).then((reply) => {
        if (request !== latest.current) return;
        if (reply.ok) {
          setPage(reply.value);
          setError(null);
        } else setError(reply.error);
      });
    };
    load();
    return onBackendEvent((event) => event === 'data.changed' && load());
  }, [filter]);

  async function more() {
    const last = page?.entries.at(-1);
    if (!page || !last) return;
    setLoadingMore(true);
    const request = latest.current;
    const reply = await call('audit.list', { ...filter(), limit: PAGE_SIZE, beforeId: last.id });
    setLoadingMore(false);
    if (request !== latest.current) return;
    if (reply.ok) setPage({ ...reply.value, entries: [...page.entries, ...reply.value.entries] });
    else setError(reply.error);
  }

  return { view, setView, page, error, more, loadingMore, filter };
}
