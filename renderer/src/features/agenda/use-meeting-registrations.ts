import { useEffect, useMemo, useState } from 'react';
import { create } from 'zustand';
import type { ApiError, Output } from '../../../../shared/api';
import { call, onBackendEvent } from '../../lib/api';

export type Registration = Output<'registrations.list'>[number];

interface RegistrationsState {
  meetingId: number | null;
  rows: Registration[];
  error: ApiError | null;
  load(meetingId: number): Promise<void>;
}

let latest = 0;

/** The meeting's registrations, which the session panel assigns to sessions and names. */
const useRegistrationsStore = create<RegistrationsState>((set, get) => ({
  meetingId: null,
  rows: [],
  error: null,
  async load(meetingId) {
    const ticket = ++latest;
    if (get().meetingId !== meetingId) set({ meetingId, rows: [], error: null });
    const result = await call('registrations.list', { meetingId });
    if (ticket !== latest) return;
    if (result.ok) set({ rows: result.value, error: null });
    else set({ error: result.error });
  },
}));

const RELEVANT = new Set(['registrations', 'people', 'imports', 'organisations']);

/** Loads the meeting's registrations and keeps them current while mounted; by id. */
export function useMeetingRegistrations(meetingId: number): ReadonlyMap<number, Registration> {
  const rows = useRegistrationsStore((s) => (s.meetingId === meetingId ? s.rows : null));
  useEffect(() => {
    void useRegistrationsStore.getState().load(meetingId);
    return onBackendEvent((event, payload) => {
      if (event === 'data.changed' && RELEVANT.has((payload as { feature: string }).feature))
        void useRegistrationsStore.getState().load(meetingId);
    });
  }, [meetingId]);
  return useMemo(() => new Map((rows ?? []).map((r) => [r.id, r])), [rows]);
}

/** Long enough to skip the keystrokes of a word being typed, short enough to feel instant. */
const DEBOUNCE_MS = 150;

interface Found {
  /** Registration ids matching `answered` (name, organisation, email, country; accents ignored). */
  ids: number[];
  answered: string;
  error: ApiError | null;
}

const NOTHING: Found = { ids: [], answered: '', error: null };

/** Searches the meeting's registrations as the user types (registrations.search). */
export function useRegistrationSearch(meetingId: number, query: string): Found {
  const [found, setFound] = useState(NOTHING);
  const trimmed = query.trim();
  useEffect(() => {
    if (!trimmed) return;
    // A reply to a query no longer typed is dropped: replies can cross when typing fast.
    let live = true;
    const timer = setTimeout(() => {
      void call('registrations.search', { meetingId, query: trimmed }).then((result) => {
        if (!live) return;
        setFound(
          result.ok
            ? { ids: result.value.ids, answered: trimmed, error: null }
            : { ids: [], answered: trimmed, error: result.error },
        );
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [meetingId, trimmed]);
  return trimmed ? found : NOTHING;
}
