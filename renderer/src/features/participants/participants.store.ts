import { create } from 'zustand';
import type { ApiError, Output } from '../../../../shared/api';
import { call } from '../../lib/api';
import { expandList, rowOf } from './participant-list';
import { callPrefetched } from '../../app/route-prefetch';
import {
  NO_FILTERS,
  type FilterKey,
  type Filters,
  type OrganisationItem,
  type PanelState,
  type Participant,
  type ParticipantDetails,
  type SortState,
} from './participant-types';

/** How long typing may pause before the backend is asked: instant to the eye, not one call per key. */
const SEARCH_DEBOUNCE_MS = 80;

interface ParticipantsState {
  meetingId: number | null;
  rows: Participant[];
  loaded: boolean;
  error: ApiError | null;
  /** Loaded beside the rows, never before them: only the panel needs the meeting's days. */
  meeting: Output<'meetings.get'> | null;
  organisations: OrganisationItem[];
  query: string;
  /** Ids the backend found for `query`; null when there is no search. */
  searchIds: ReadonlySet<number> | null;
  searchError: ApiError | null;
  filters: Filters;
  sort: SortState;
  selected: ReadonlySet<number>;
  /** Where a shift-click range starts. */
  anchorId: number | null;
  /** The row the keyboard is on. */
  activeId: number | null;
  panel: PanelState;
  /** The open panel holds edits not saved yet: switching or closing it asks first. */
  panelDirty: boolean;
  /** The panel the registrar asked for while edits were unsaved, waiting for their answer. */
  pendingPanel: PanelState | null;
  /** Whether the open panel should take the focus (opened from the keyboard or a button). */
  panelFocus: boolean;

  open(meetingId: number): void;
  load(): Promise<void>;
  loadOrganisations(): Promise<void>;
  /** Puts a saved registration into the table at once, before the refetch arrives. */
  patchRow(row: ParticipantDetails): void;
  /** Takes removed registrations out of the view at once: rows, selection, panel, active row. */
  dropRows(ids: ReadonlySet<number>): void;
  setQuery(query: string): void;
  rerunSearch(): void;
  setFilter<K extends FilterKey>(key: K, values: Filters[K]): void;
  clearFilters(): void;
  toggleSort(column: SortState['column']): void;
  setSelected(ids: ReadonlySet<number>, anchorId?: number | null): void;
  setActive(id: number | null): void;
  /** Opens (or closes) a panel at once: after a save, or once unsaved edits may go. */
  openPanel(panel: PanelState, options?: { focus?: boolean }): void;
  /** What a user's click or key asks for: like openPanel, but unsaved edits are asked about first. */
  requestPanel(panel: PanelState, options?: { focus?: boolean }): void;
  setPanelDirty(dirty: boolean): void;
  /** The answer to "discard your changes?": open the panel asked for, or stay. */
  answerPending(discard: boolean): void;
  /** Escape in the list: a selection is cleared first, then an open panel closes. */
  escape(): void;
}

const samePanel = (a: PanelState, b: PanelState) =>
  a.kind === b.kind && (a.kind !== 'edit' || a.id === (b as { id: number }).id);

let searchTimer: ReturnType<typeof setTimeout> | undefined;
// Replies can arrive out of order; only the latest question's answer is kept.
let searchSeq = 0;
let loadSeq = 0;

const initial = {
  rows: [],
  loaded: false,
  error: null,
  meeting: null,
  query: '',
  searchIds: null,
  searchError: null,
  filters: NO_FILTERS,
  sort: { column: 'name', direction: 'asc' },
  selected: new Set<number>(),
  anchorId: null,
  activeId: null,
  panel: { kind: 'closed' },
  panelDirty: false,
  pendingPanel: null,
  panelFocus: false,
} satisfies Partial<ParticipantsState>;

/** The participants view of one meeting: its rows, and the view's filters, sort and selection. */
export const useParticipantsStore = create<ParticipantsState>((set, get) => {
  async function runSearch(query: string): Promise<void> {
    const seq = ++searchSeq;
    const meetingId = get().meetingId;
    if (!query.trim() || meetingId === null) {
      set({ searchIds: null, searchError: null });
      return;
    }
    const result = await call('registrations.search', { meetingId, query: query.trim() });
    if (seq !== searchSeq) return;
    if (result.ok) set({ searchIds: new Set(result.value.ids), searchError: null });
    else set({ searchError: result.error });
  }

  return {
    meetingId: null,
    organisations: [],
    ...initial,

    open(meetingId) {
      if (get().meetingId === meetingId) return;
      clearTimeout(searchTimer);
      searchSeq++;
      set({ ...initial, meetingId });
      void call('meetings.get', { id: meetingId }).then((r) => {
        if (r.ok && get().meetingId === meetingId) set({ meeting: r.value });
      });
    },

    async load() {
      const meetingId = get().meetingId;
      if (meetingId === null) return;
      const seq = ++loadSeq;
      const result = await callPrefetched('registrations.listCompact', { meetingId });
      if (seq !== loadSeq || get().meetingId !== meetingId) return;
      if (result.ok) set({ rows: expandList(result.value), loaded: true, error: null });
      else set({ error: result.error, loaded: true });
    },

    async loadOrganisations() {
      const result = await call('organisations.list', {});
      if (result.ok) set({ organisations: result.value });
    },

    patchRow(details) {
      const row = rowOf(details);
      const rows = get().rows;
      const at = rows.findIndex((r) => r.id === row.id);
      set({ rows: at === -1 ? [...rows, row] : rows.with(at, row) });
    },

    dropRows(ids) {
      const { rows, selected, panel, activeId, anchorId } = get();
      const keep = (id: number | null) => (id !== null && ids.has(id) ? null : id);
      set({
        rows: rows.filter((r) => !ids.has(r.id)),
        selected: new Set([...selected].filter((id) => !ids.has(id))),
        panel: panel.kind === 'edit' && ids.has(panel.id) ? { kind: 'closed' } : panel,
        activeId: keep(activeId),
        anchorId: keep(anchorId),
      });
    },

    setQuery(query) {
      set({ query });
      clearTimeout(searchTimer);
      if (!query.trim()) {
        searchSeq++;
        set({ searchIds: null, searchError: null });
        return;
      }
      searchTimer = setTimeout(() => void runSearch(query), SEARCH_DEBOUNCE_MS);
    },

    rerunSearch() {
      const query = get().query;
      if (query.trim()) void runSearch(query);
    },

    setFilter(key, values) {
      set({ filters: { ...get().filters, [key]: values } });
    },

    clearFilters() {
      get().setQuery('');
      set({ filters: NO_FILTERS });
    },

    toggleSort(column) {
      const sort = get().sort;
      set({
        sort:
          sort.column === column
            ? { column, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
            : { column, direction: 'asc' },
      });
    },

    setSelected(ids, anchorId) {
      set(anchorId === undefined ? { selected: ids } : { selected: ids, anchorId });
    },

    setActive(id) {
      set({ activeId: id });
    },

    openPanel(panel, options) {
      const changed = !samePanel(panel, get().panel);
      set({
        panel,
        pendingPanel: null,
        panelFocus: options?.focus ?? false,
        ...(changed ? { panelDirty: false } : {}),
        ...(panel.kind === 'edit' ? { activeId: panel.id } : {}),
      });
    },

    requestPanel(panel, options) {
      const { panelDirty, panel: current, openPanel } = get();
      if (samePanel(panel, current)) return;
      if (panelDirty) set({ pendingPanel: panel });
      else openPanel(panel, options);
    },

    setPanelDirty(dirty) {
      if (get().panelDirty !== dirty) set({ panelDirty: dirty });
    },

    answerPending(discard) {
      const pending = get().pendingPanel;
      if (discard && pending) get().openPanel(pending);
      else set({ pendingPanel: null });
    },

    escape() {
      const { selected, panel, setSelected, requestPanel } = get();
      if (selected.size > 0) setSelected(new Set(), null);
      else if (panel.kind !== 'closed') requestPanel({ kind: 'closed' });
    },
  };
});
