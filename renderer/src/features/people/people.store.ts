import { useEffect } from 'react';
import { create } from 'zustand';
import type { ApiError, Output } from '../../../../shared/api';
import type { DirectorySort } from '../../../../shared/domain/people-directory';
import { call, onBackendEvent } from '../../lib/api';

export type Browse = Output<'people.browse'>;
export type DirectoryRow = Browse['rows'][number];

/** A filter value that stands for "no country" or "no organisation"; no code or id looks like it. */
export const NONE = 'none';

/** Features whose changes can alter a directory row (names, organisations, meeting counts). */
const RELEVANT = new Set(['people', 'organisations', 'registrations', 'meetings', 'imports']);

/** What the directory shows: the search, both filters and the order. */
export interface DirectoryView {
  query: string;
  /** Country codes, or NONE. */
  countries: string[];
  /** Organisation ids as text, or NONE. */
  organisations: string[];
  sort: DirectorySort;
  descending: boolean;
}

interface PeopleState extends DirectoryView {
  /** The view the current result answers (the search box may be ahead while typing). */
  shown: DirectoryView | null;
  result: Browse | null;
  error: ApiError | null;
  setQuery(query: string): void;
  setCountries(countries: string[]): void;
  setOrganisations(organisations: string[]): void;
  /** Sorts by `column`; the same column again reverses the order. */
  sortBy(column: DirectorySort): void;
  clearFilters(): void;
  load(view: DirectoryView, language: string): Promise<void>;
}

let latest = 0;

const toInput = (view: DirectoryView, language: string) => ({
  query: view.query.trim(),
  countryCodes: view.countries.map((c) => (c === NONE ? null : c)),
  organisationIds: view.organisations.map((o) => (o === NONE ? null : Number(o))),
  sort: view.sort,
  descending: view.descending,
  language: language.startsWith('fr') ? ('fr' as const) : ('en' as const),
});

/**
 * The people directory across meetings: its search, filters and order (kept when the user leaves
 * and comes back) and the latest answer.
 */
export const usePeopleStore = create<PeopleState>((set, get) => ({
  query: '',
  countries: [],
  organisations: [],
  sort: 'name',
  descending: false,
  shown: null,
  result: null,
  error: null,
  setQuery: (query) => set({ query }),
  setCountries: (countries) => set({ countries }),
  setOrganisations: (organisations) => set({ organisations }),
  sortBy: (column) =>
    set((s) => ({
      sort: column,
      // Numbers read best most first; names and places from A.
      descending: s.sort === column ? !s.descending : column === 'meetings',
    })),
  clearFilters: () => set({ query: '', countries: [], organisations: [] }),
  async load(view, language) {
    // Replies can cross when the user types fast: only the newest request may update the list.
    const ticket = ++latest;
    const result = await call('people.browse', toInput(view, language));
    if (ticket !== latest) return;
    if (result.ok) set({ result: result.value, shown: view, error: null });
    else set({ error: result.error, shown: get().shown ?? view });
  },
}));

/** Loads the directory for `view` and reloads it whenever the backend reports a change. */
export function useDirectory(view: DirectoryView, language: string): void {
  const { query, countries, organisations, sort, descending } = view;
  useEffect(() => {
    const current: DirectoryView = { query, countries, organisations, sort, descending };
    void usePeopleStore.getState().load(current, language);
    return onBackendEvent((event, payload) => {
      if (event === 'data.changed' && RELEVANT.has((payload as { feature: string }).feature))
        void usePeopleStore.getState().load(current, language);
    });
  }, [query, countries, organisations, sort, descending, language]);
}
