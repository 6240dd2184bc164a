import { useEffect } from 'react';
import { create } from 'zustand';
import type { ApiError } from '../../../../shared/api';
import { DEFAULT_DIRECTION, type MeetingSort } from '../../../../shared/domain/meeting-search';
import { call, onBackendEvent } from '../../lib/api';
import type { MeetingListItem } from './meetings.store';

/** Changes that alter a line of the list: the meetings themselves and who is on their lists. */
const RELEVANT = new Set(['meetings', 'registrations', 'imports', 'people']);

export interface ListOrder {
  sort: MeetingSort;
  direction: 'asc' | 'desc';
}

interface MeetingsListState {
  /** What the search box holds; kept, with the order, so coming back to the list keeps them. */
  query: string;
  order: ListOrder;
  /** The query the items answer. */
  shownQuery: string;
  items: MeetingListItem[];
  loaded: boolean;
  error: ApiError | null;
  setQuery(query: string): void;
  /** Sorts by `sort`; choosing the current order again reverses it. */
  toggleSort(sort: MeetingSort): void;
  load(query: string, order: ListOrder): Promise<void>;
}

let latest = 0;

/** The meetings list page: its search, its order and the lines the backend returned for them. */
export const useMeetingsListStore = create<MeetingsListState>((set, get) => ({
  query: '',
  order: { sort: 'startDate', direction: DEFAULT_DIRECTION.startDate },
  shownQuery: '',
  items: [],
  loaded: false,
  error: null,
  setQuery: (query) => set({ query }),
  toggleSort(sort) {
    const { order } = get();
    const direction =
      order.sort === sort ? (order.direction === 'asc' ? 'desc' : 'asc') : DEFAULT_DIRECTION[sort];
    set({ order: { sort, direction } });
  },
  async load(query, order) {
    // Replies can cross when the user types fast: only the newest request may update the list.
    const ticket = ++latest;
    const result = await call('meetings.list', { query: query.trim(), ...order });
    if (ticket !== latest) return;
    if (result.ok) set({ items: result.value, shownQuery: query, loaded: true, error: null });
    else set({ error: result.error, loaded: true });
  },
}));

/** Loads the list for `query` and `order`, and again whenever the backend reports a change. */
export function useMeetingsList(query: string, order: ListOrder): void {
  useEffect(() => {
    void useMeetingsListStore.getState().load(query, order);
    return onBackendEvent((event, payload) => {
      if (event === 'data.changed' && RELEVANT.has((payload as { feature: string }).feature)) {
        const state = useMeetingsListStore.getState();
        void state.load(state.shownQuery, order);
      }
    });
  }, [query, order]);
}
