import { useEffect } from 'react';
import { create } from 'zustand';
import type { z } from 'zod';
import type { ApiError } from '../../../../shared/api';
import type { Organisation as OrganisationSchema } from '../../../../shared/api/people';
import { call, onBackendEvent } from '../../lib/api';

export type Organisation = z.output<typeof OrganisationSchema>;

/** People counts move when people, registrations or imports change, not only organisations. */
const RELEVANT = new Set(['organisations', 'people', 'imports']);

interface OrganisationsState {
  list: Organisation[];
  loaded: boolean;
  error: ApiError | null;
  load(): Promise<void>;
}

let latest = 0;

/** The cached list of organisations, shared by the organisations screen and the person form. */
export const useOrganisationsStore = create<OrganisationsState>((set) => ({
  list: [],
  loaded: false,
  error: null,
  async load() {
    const ticket = ++latest;
    const result = await call('organisations.list', {});
    if (ticket !== latest) return;
    if (result.ok) set({ list: result.value, loaded: true, error: null });
    else set({ error: result.error, loaded: true });
  },
}));

/** Loads the list once and keeps it current while a component that shows it is mounted. */
export function useOrganisationList(): Pick<OrganisationsState, 'list' | 'loaded' | 'error'> {
  const list = useOrganisationsStore((s) => s.list);
  const loaded = useOrganisationsStore((s) => s.loaded);
  const error = useOrganisationsStore((s) => s.error);
  useEffect(() => {
    void useOrganisationsStore.getState().load();
    return onBackendEvent((event, payload) => {
      if (event === 'data.changed' && RELEVANT.has((payload as { feature: string }).feature))
        void useOrganisationsStore.getState().load();
    });
  }, []);
  return { list, loaded, error };
}
