import { useEffect } from 'react';
import { create } from 'zustand';
import type { z } from 'zod';
import type { ApiError } from '../../../../shared/api';
import type { PersonDirectoryRow } from '../../../../shared/api/people';
import { call, onBackendEvent } from '../../lib/api';

export type DirectoryRow = z.output<typeof PersonDirectoryRow>;

/** Features whose changes can alter a directory row (names, organisations, meeting counts). */
const RELEVANT = new Set(['people', 'organisations', 'registrations', 'meetings', 'imports']);

interface PeopleState {
  /** What the search box holds, kept so that coming back to the directory keeps the search. */
  query: string;
  /** The query the current rows answer. */
  shownQuery: string;
  rows: DirectoryRow[];
  loaded: boolean;
  error: ApiError | null;
  setQuery(query: string): void;
  load(query: string): Promise<void>;
}

let latest = 0;
/** The whole directory, kept so clearing the search shows everyone at once while it refreshes. */
let everyone: DirectoryRow[] | null = null;

/** The people directory across meetings: the search and its result. */
export const usePeopleStore = create<PeopleState>((set) => ({
  query: '',
  shownQuery: '',
  rows: [],
  loaded: false,
  error: null,
  setQuery: (query) => set({ query }),
  async load(query) {
    // Replies can cross when the user types fast: only the newest request may update the list.
    const ticket = ++latest;
    const trimmed = query.trim();
    if (trimmed === '' && everyone) set({ rows: everyone, shownQuery: query });
    const result = await call('people.directory', { query: trimmed });
    if (ticket !== latest) return;
    if (result.ok) {
      if (trimmed === '') everyone = result.value;
      set({ rows: result.value, shownQuery: query, loaded: true, error: null });
    } else set({ error: result.error, loaded: true });
  },
}));

/** Runs the directory search for `query` and reruns it whenever the backend reports a change. */
export function useDirectory(query: string): void {
  useEffect(() => {
    void usePeopleStore.getState().load(query);
    return onBackendEvent((event, payload) => {
      if (event === 'data.changed' && RELEVANT.has((payload as { feature: string }).feature))
        void usePeopleStore.getState().load(usePeopleStore.getState().shownQuery);
    });
  }, [query]);
}
