import { create } from 'zustand';
import type { ApiError, Output } from '../../../../shared/api';
import { ACTIVE_STATUSES, type Status } from '../../../../shared/domain/people';
import { call } from '../../lib/api';

export type Dashboard = Output<'reports.dashboard'>;

export interface DashboardFilterState {
  scope: 'meeting' | 'series';
  statuses: Status[];
  day: string | null;
}

export const INITIAL_FILTER: DashboardFilterState = {
  scope: 'meeting',
  statuses: [...ACTIVE_STATUSES],
  day: null,
};

interface ReportsState {
  meetingId: number | null;
  filter: DashboardFilterState;
  dashboard: Dashboard | null;
  error: ApiError | null;
  loading: boolean;
  /** Shows `meetingId`'s dashboard; the filter is kept while the same meeting stays open. */
  open(meetingId: number): Promise<void>;
  setFilter(change: Partial<DashboardFilterState>): Promise<void>;
  load(): Promise<void>;
}

let requestCounter = 0;

/** The dashboard of the open meeting, its filter, and the figures for that filter. */
export const useReportsStore = create<ReportsState>((set, get) => ({
  meetingId: null,
  filter: INITIAL_FILTER,
  dashboard: null,
  error: null,
  loading: false,
  async open(meetingId) {
    if (get().meetingId !== meetingId)
      set({ meetingId, filter: INITIAL_FILTER, dashboard: null, error: null });
    await get().load();
  },
  async setFilter(change) {
    set({ filter: { ...get().filter, ...change } });
    await get().load();
  },
  async load() {
    const { meetingId, filter } = get();
    if (meetingId === null) return;
    // No status chosen means nothing to count: say so rather than ask the backend.
    if (filter.statuses.length === 0) return;
    const request = ++requestCounter;
    set({ loading: true });
    const result = await call('reports.dashboard', { meetingId, ...filter });
    // A later filter change has already asked again: this answer is stale.
    if (request !== requestCounter) return;
    set(
      result.ok
        ? { dashboard: result.value, error: null, loading: false }
        : { error: result.error, loading: false },
    );
  },
}));
