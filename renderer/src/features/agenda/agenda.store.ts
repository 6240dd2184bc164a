import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { Agenda, ApiError, Channel, Input, Output } from '../../../../shared/api';
import type { Session, SessionType } from '../../../../shared/domain/agenda';
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

/** A session about to be created from the grid (a drag across an empty slot, Add session, Add break). */
export interface NewSessionDraft {
  day: string;
  startMinute: number;
  endMinute: number;
  roomId: number | null;
  allRooms?: boolean;
}

/** A drag or a keyboard move: the session's new day, times and room. */
export type SessionMoveInput = Input<'agenda.moveSession'>;

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
  /** The new session the side panel is creating, or null. */
  newSession: NewSessionDraft | null;
  load(meetingId: number): Promise<void>;
  /**
   * Runs one edit. On success the reply's agenda replaces the cached one (so undo state and
   * clashes follow at once); on failure nothing changes and the error is returned to show.
   */
  edit<C extends AgendaEditChannel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  /**
   * A drag or a keyboard move, shown at once (optimistic): the session takes its new place before
   * the backend answers, and goes back where it was if the backend refuses (the error is returned).
   */
  moveSession(move: SessionMoveInput): Promise<Result<Agenda>>;
  select(sessionId: number | null): void;
  /** Opens the side panel on a new session at that place (null closes it). */
  openNew(draft: NewSessionDraft | null): void;
  setView(view: AgendaView): void;
  setDay(day: string): void;
  setRoom(roomId: number | null): void;
  setFilters(filters: Partial<AgendaFilters>): void;
  setSnap(minutes: 5 | 15): void;
}

const NO_FILTERS: AgendaFilters = { trackIds: [], types: [], roomIds: [] };

const agendaOf = (value: unknown): Agenda =>
  (value as { agenda?: Agenda }).agenda ?? (value as Agenda);

const sameSession = (a: Session, b: Session) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The new agenda, keeping the previous objects of sessions that did not change: the timetable's
 * blocks are memoised on them, so after an edit only the blocks that changed render again.
 */
function reconcile(previous: Agenda | null, next: Agenda): Agenda {
  if (!previous || previous.meeting.id !== next.meeting.id) return next;
  const old = new Map(previous.sessions.map((s) => [s.id, s]));
  let kept = 0;
  const sessions = next.sessions.map((s) => {
    const before = old.get(s.id);
    if (before && sameSession(before, s)) {
      kept++;
      return before;
    }
    return s;
  });
  if (kept === sessions.length && sessions.length === previous.sessions.length)
    return { ...next, sessions: previous.sessions };
  return { ...next, sessions };
}

/** Counts edits, so that a reload started before an edit does not undo its optimistic result. */
let editSeq = 0;

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
  newSession: null,
  async load(meetingId) {
    if (get().meetingId !== meetingId)
      set({
        meetingId,
        agenda: null,
        selectedSessionId: null,
        day: null,
        roomId: null,
        filters: NO_FILTERS,
        newSession: null,
      });
    const seq = editSeq;
    const result = await call('agenda.get', { meetingId });
    // An edit since the request started brings its own, newer agenda.
    if (get().meetingId !== meetingId || seq !== editSeq) return;
    if (!result.ok) return set({ error: result.error });
    const agenda = result.value;
    const day = get().day;
    const inMeeting =
      day !== null && day >= agenda.meeting.startDate && day <= agenda.meeting.endDate;
    set({
      agenda: reconcile(get().agenda, agenda),
      error: null,
      day: inMeeting ? day : agenda.meeting.startDate,
    });
  },
  async edit(channel, input) {
    editSeq++;
    const result = await call(channel, input);
    if (result.ok) set({ agenda: reconcile(get().agenda, agendaOf(result.value)) });
    return result;
  },
  async moveSession(move) {
    const before = get().agenda?.sessions.find((s) => s.id === move.id);
    const patch = (fields: Partial<Session>) => {
      const agenda = get().agenda;
      if (!agenda) return;
      const sessions = agenda.sessions.map((s) => (s.id === move.id ? { ...s, ...fields } : s));
      set({ agenda: { ...agenda, sessions } });
    };
    const allRooms = move.allRooms ?? false;
    patch({
      day: move.day,
      startMinute: move.startMinute,
      endMinute: move.endMinute,
      roomId: allRooms ? null : (move.roomId ?? null),
      allRooms,
    });
    const result = await get().edit('agenda.moveSession', move);
    if (!result.ok && before) patch(before);
    return result;
  },
  select: (selectedSessionId) =>
    set(
      selectedSessionId === null ? { selectedSessionId } : { selectedSessionId, newSession: null },
    ),
  openNew: (newSession) =>
    set(newSession ? { newSession, selectedSessionId: null } : { newSession }),
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
