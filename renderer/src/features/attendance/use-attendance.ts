import { useCallback, useEffect, useState } from 'react';
import type { ApiError, Channel, Input, Output } from '../../../../shared/api';
import { call, onBackendEvent } from '../../lib/api';

/** Backend features whose changes can alter attendance figures and lists. */
const FEEDS = new Set(['attendance', 'registrations', 'people', 'organisations', 'agenda']);

interface Loaded<T> {
  value: T | null;
  error: ApiError | null;
  reload(): void;
}

/**
 * Loads a channel's answer and keeps it current: asked again when its input changes and when
 * attendance (or what it shows) changes anywhere, bursts folded into one request.
 */
export function useLiveQuery<C extends Channel>(
  channel: C,
  input: Input<C> | null,
): Loaded<Output<C>> {
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<{
    key: string | null;
    value: Output<C> | null;
    error: ApiError | null;
  }>({ key: null, value: null, error: null });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    if (key === null) return;
    let live = true;
    void call(channel, JSON.parse(key) as Input<C>).then((r) => {
      if (!live) return;
      setState(r.ok ? { key, value: r.value, error: null } : { key, value: null, error: r.error });
    });
    return () => {
      live = false;
    };
  }, [channel, key, tick]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onBackendEvent((event, payload) => {
      if (event !== 'data.changed' || !FEEDS.has((payload as { feature: string }).feature)) return;
      clearTimeout(timer);
      timer = setTimeout(reload, 150);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [reload]);

  // A new question shows nothing stale: the old answer is dropped until the new one arrives.
  const current = state.key === key;
  return { value: current ? state.value : null, error: current ? state.error : null, reload };
}
