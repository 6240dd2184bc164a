import { useEffect } from 'react';
import { create } from 'zustand';
import type { z } from 'zod';
import type { ApiError } from '../../../../shared/api';
import type { MeetingSummary } from '../../../../shared/api/meetings';
import { call, onBackendEvent } from '../../lib/api';

export type MeetingListItem = z.output<typeof MeetingSummary>;

interface MeetingsState {
  list: MeetingListItem[];
  loaded: boolean;
  error: ApiError | null;
  load(): Promise<void>;
}

/** The cached list of meetings; refetched whenever the backend says meetings changed. */
export const useMeetingsStore = create<MeetingsState>((set) => ({
  list: [],
  loaded: false,
  error: null,
  async load() {
    const result = await call('meetings.list', {});
    if (result.ok) set({ list: result.value, loaded: true, error: null });
    else set({ error: result.error, loaded: true });
  },
}));

/** Loads the list once and keeps it current while a component that shows it is mounted. */
export function useMeetingList(): MeetingsState {
  const state = useMeetingsStore();
  useEffect(() => {
    void useMeetingsStore.getState().load();
    return onBackendEvent((event, payload) => {
      if (event === 'data.changed' && (payload as { feature: string }).feature === 'meetings')
        void useMeetingsStore.getState().load();
    });
  }, []);
  return state;
}
