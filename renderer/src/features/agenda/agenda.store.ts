import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { Agenda, ApiError, Channel, Input, Output } from '../../../../shared/api';
import type { SessionType } from '../../../../shared/domain/agenda';
import { findClashes, type Clash } from '../../../../shared/domain/agenda-clashes';
import { call, onBackendEvent, type Result } from '../../lib/api';

/** The timetable's views: one day with rooms as columns, all days at a glance, one room, a list. */
export type AgendaView = 'day' | 'overview' | 'room' | 'list';

export interface AgendaFilters {
  trackIds: number[];
  types: SessionType[];
  roomIds: number[];
}

/** Channels that change the agenda and answer with it (alone, or with the id they created). */
export type AgendaEditChannel = Extract<
  Channel,
  | 'agenda.createRoom'
  | 'agenda.updateRoom'
  | 'agenda.deleteRoom'
  | 'agenda.reorderRooms'
  | 'agenda.createTrack'
  | 'agenda.updateTrack'
  | 'agenda.deleteTrack'
  | 'agenda.setTypeColour'
  | 'agenda.createSession'
  | 'agenda.updateSession'
  | 'agenda.moveSession'
  | 'agenda.deleteSession'
  | 'agenda.duplicateSession'
  | 'agenda.createAward'
  | 'agenda.updateAward'
  | 'agenda.deleteAward'
  | 'agenda.undo'
  | 'agenda.redo'
>;

interface AgendaState {
  meetingId: number | null;
  agenda: Agenda | null;
  error: ApiError | null;
  selectedSessionId: number | null;
  view: AgendaView;
  /** The day shown by the day view ('yyyy-MM-dd'); null until the agenda is loaded. */
  day: string | null;
  /** The room shown by the room view. */
  roomId: number | null;
  filters: AgendaFilters;
  snapMinutes: 5 | 15;
  load(meetingId: number): Promise<void>;
  /**
   * Runs one edit. On success the reply's agenda replaces the cached one (so undo state and
   * clashes follow at once); on failure nothing changes and the error is returned to show.
   */
  edit<C extends AgendaEditChannel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  select(sessionId: number | null): void;
  setView(view: AgendaView): void;
  setDay(day: string): void;
  setRoom(roomId: number | null): void;
  setFilters(filters: Partial<AgendaFilters>): void;
  setSnap(minutes: 5 | 15): void;
}

const NO_FILTERS: AgendaFilters = { trackIds: [], types: [], roomIds: [] };

const agendaOf = (value: unknown): Agenda =>
  (value as { agenda?: Agenda }).agenda ?? (value as Agenda);

/** The agenda of the meeting on screen, with the timetable's view state. */
export const useAgendaStore = create<AgendaState>((set, get) => ({
  meetingId: null,
  agenda: null,
  error: null,
  selectedSessionId: null,
  view: 'day',
  day: null,
  roomId: null,
  filters: NO_FILTERS,
  snapMinutes: 15,
  async load(meetingId) {
    if (get().meetingId !== meetingId)
      set({
        meetingId,
        agenda: null,
        selectedSessionId: null,
        day: null,
        roomId: null,
        filters: NO_FILTERS,
      });
    const result = await call('agenda.get', { meetingId });
    if (get().meetingId !== meetingId) return;
    if (!result.ok) return set({ error: result.error });
    const agenda = result.value;
    const day = get().day;
    const inMeeting =
      day !== null && day >= agenda.meeting.startDate && day <= agenda.meeting.endDate;
    set({ agenda, error: null, day: inMeeting ? day : agenda.meeting.startDate });
  },
  async edit(channel, input) {
    const result = await call(channel, input);
    if (result.ok) set({ agenda: agendaOf(result.value) });
    return result;
  },
  select: (selectedSessionId) => set({ selectedSessionId }),
  setView: (view) => set({ view }),
  setDay: (day) => set({ day }),
  setRoom: (roomId) => set({ roomId }),
  setFilters: (filters) => set({ filters: { ...get().filters, ...filters } }),
  setSnap: (snapMinutes) => set({ snapMinutes }),
}));

/** Loads the meeting's agenda and keeps it current while the page is open. */
export function useAgenda(meetingId: number) {
  useEffect(() => {
    void useAgendaStore.getState().load(meetingId);
    return onBackendEvent((event, payload) => {
      const feature = (payload as { feature?: string }).feature;
      // Participants' names and statuses show on sessions and decide some clashes.
      if (
        event === 'data.changed' &&
        ['agenda', 'registrations', 'people', 'meetings'].includes(feature ?? '')
      )
        void useAgendaStore.getState().load(meetingId);
    });
  }, [meetingId]);
  return useAgendaStore((s) => s.agenda);
}

/** Every clash of the cached agenda, found again only when the agenda changes. */
export function useClashes(): Clash[] {
  const agenda = useAgendaStore((s) => s.agenda);
  return useMemo(() => (agenda ? findClashes(agenda) : []), [agenda]);
}
