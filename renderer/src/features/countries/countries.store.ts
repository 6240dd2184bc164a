import { useEffect } from 'react';
import { create } from 'zustand';
import type { z } from 'zod';
import type { ApiError } from '../../../../shared/api';
import type { Country as CountrySchema } from '../../../../shared/api/people';
import type { PoliceRegion } from '../../../../shared/domain/people';
import { call, onBackendEvent, type Result } from '../../lib/api';
import { callPrefetched } from '../../app/route-prefetch';

export type Country = z.output<typeof CountrySchema>;

interface CountriesState {
  list: Country[];
  loaded: boolean;
  error: ApiError | null;
  /** Codes whose change is on its way to the backend, so their row can show it. */
  pending: ReadonlySet<string>;
  load(): Promise<void>;
  setRegion(code: string, policeRegion: PoliceRegion): Promise<Result<Country>>;
  resetRegion(code: string): Promise<Result<Country>>;
}

/** Countries with their two region schemes; a change replaces its row with the backend's answer. */
export const useCountriesStore = create<CountriesState>((set, get) => {
  async function change(code: string, run: () => Promise<Result<Country>>) {
    set({ pending: new Set([...get().pending, code]) });
    const result = await run();
    const pending = new Set(get().pending);
    pending.delete(code);
    set({ pending });
    if (result.ok) {
      const updated = result.value;
      set({ list: get().list.map((c) => (c.code === updated.code ? updated : c)) });
    }
    return result;
  }
  return {
    list: [],
    loaded: false,
    error: null,
    pending: new Set(),
    async load() {
      const result = await callPrefetched('countries.list', {});
      if (result.ok) set({ list: result.value, loaded: true, error: null });
      else set({ error: result.error, loaded: true });
    },
    setRegion: (code, policeRegion) =>
      change(code, () => call('countries.setRegion', { code, policeRegion })),
    resetRegion: (code) => change(code, () => call('countries.resetRegion', { code })),
  };
});

/** A list loaded this recently (with the screen's code, see lazy-pages.ts) is not asked for again. */
const FRESH_MS = 3000;
let loadedAt = -Infinity;
useCountriesStore.subscribe((state, previous) => {
  if (state.list !== previous.list) loadedAt = performance.now();
});

/** Loads the countries (unless they just came) and keeps them current while the screen is mounted. */
export function useCountryList() {
  const list = useCountriesStore((s) => s.list);
  const loaded = useCountriesStore((s) => s.loaded);
  const error = useCountriesStore((s) => s.error);
  useEffect(() => {
    if (performance.now() - loadedAt > FRESH_MS) void useCountriesStore.getState().load();
    return onBackendEvent((event, payload) => {
      if (event === 'data.changed' && (payload as { feature: string }).feature === 'countries')
        void useCountriesStore.getState().load();
    });
  }, []);
  return { list, loaded, error };
}
