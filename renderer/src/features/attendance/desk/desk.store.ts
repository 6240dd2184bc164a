import { create } from 'zustand';
import type { ApiError, Output } from '../../../../../shared/api';
import { deskDay } from '../../../../../shared/domain/attendance';
import { readScan } from '../../../../../shared/domain/badge-token';
import { call } from '../../../lib/api';

export type DeskInfo = Output<'attendance.desk'>;
export type DeskAnswer = Output<'attendance.scan'>;
export type DeskMatch = DeskAnswer['matches'][number];
export type Counters = Output<'attendance.counters'>;
type UndoRef = NonNullable<DeskAnswer['undo']>;

/** Fewer letters would list half the meeting. */
export const MIN_LETTERS = 3;
/** Typing may pause this long before the list is asked for: instant to the eye. */
const FIND_DEBOUNCE_MS = 60;

interface Matches {
  /** The text these people were found for. */
  query: string;
  items: DeskMatch[];
  total: number;
}

interface DeskState {
  meetingId: number | null;
  sessionId: number | null;
  info: DeskInfo | null;
  loadError: ApiError | null;
  /** The day checked in for; null until chosen when the meeting is not on today. */
  day: string | null;
  mode: 'in' | 'out';
  text: string;
  matches: Matches | null;
  /** The highlighted match. */
  active: number;
  answer: DeskAnswer | null;
  /** Counts answers, so the same answer twice (a double read) still flashes and sounds. */
  answerSeq: number;
  /** What was typed when nobody matched, to say so. */
  answerQuery: string;
  /** A failed call, shown in place of an answer. */
  error: ApiError | null;
  lastUndo: { ref: UndoRef; name: string } | null;
  counters: Counters | null;
  muted: boolean;

  open(meetingId: number, sessionId: number | null): Promise<void>;
  setDay(day: string): void;
  setMode(mode: 'in' | 'out'): void;
  setText(text: string): void;
  move(delta: number): void;
  submit(): Promise<void>;
  pick(registrationId: number): Promise<void>;
  undo(): Promise<void>;
  refreshCounters(): Promise<void>;
  setOperator(operator: string): Promise<void>;
  setMuted(muted: boolean): void;
  /** Shows an answer that came from elsewhere (the walk-in form). */
  showAnswer(answer: DeskAnswer): void;
}

/** Counters are asked again this long after the last answer: a queue of scans costs one query. */
const COUNTERS_SETTLE_MS = 1_500;

let findTimer: ReturnType<typeof setTimeout> | undefined;
let countersTimer: ReturnType<typeof setTimeout> | undefined;
// Replies can cross; only the latest question's answer counts.
let findSeq = 0;
let countersSeq = 0;

const letters = (text: string) => [...text.replace(/\s/g, '')].length;

/** The counters with one more person checked in, as the answer's card tells. */
function countIn(counters: Counters, card: NonNullable<DeskAnswer['card']>): Counters {
  const expected = card.expected && (card.audience === null || card.audience === 'expected');
  const known = counters.byRegion.some((r) => r.region === card.policeRegion);
  const byRegion = known
    ? counters.byRegion
    : [...counters.byRegion, { region: card.policeRegion, expected: 0, checkedIn: 0 }];
  return {
    ...counters,
    checkedIn: counters.checkedIn + 1,
    expectedCheckedIn: counters.expectedCheckedIn + (expected ? 1 : 0),
    byRegion: byRegion.map((r) =>
      r.region === card.policeRegion ? { ...r, checkedIn: r.checkedIn + 1 } : r,
    ),
  };
}

/** The check-in desk: one field, the answer to the last Enter, the list, the counters. */
export const useDeskStore = create<DeskState>((set, get) => {
  function place() {
    const { meetingId, day, sessionId } = get();
    return { meetingId: meetingId!, day, sessionId };
  }

  function show(answer: DeskAnswer, query = '') {
    const undo = answer.undo && answer.card ? { ref: answer.undo, name: answer.card.name } : null;
    set((s) => ({
      answer,
      answerSeq: s.answerSeq + 1,
      answerQuery: query,
      error: null,
      // A refusal or a notice leaves the last check-in undoable; a new check-in replaces it.
      lastUndo: undo && !answer.repeat ? undo : s.lastUndo,
      // Another meeting's badge offers its holder here, ready for Enter.
      matches: answer.matches.length ? { query: '', items: answer.matches, total: 0 } : null,
      active: 0,
      counters:
        answer.outcome === 'checked_in' && !answer.repeat && answer.card && s.counters
          ? countIn(s.counters, answer.card)
          : s.counters,
    }));
    // The figures move at once; the backend's, which also count other desks, follow shortly.
    if (answer.undo && !answer.repeat) settleCounters();
  }

  function settleCounters() {
    clearTimeout(countersTimer);
    countersTimer = setTimeout(() => void get().refreshCounters(), COUNTERS_SETTLE_MS);
  }

  function failed(error: ApiError) {
    set((s) => ({ error, answer: null, answerSeq: s.answerSeq + 1 }));
  }

  async function find(text: string) {
    const seq = ++findSeq;
    const reply = await call('attendance.find', { ...place(), query: text });
    if (seq !== findSeq) return;
    if (reply.ok)
      set({
        matches: { query: text.trim(), items: reply.value.matches, total: reply.value.total },
        active: 0,
      });
  }

  return {
    meetingId: null,
    sessionId: null,
    info: null,
    loadError: null,
    day: null,
    mode: 'in',
    text: '',
    matches: null,
    active: 0,
    answer: null,
    answerSeq: 0,
    answerQuery: '',
    error: null,
    lastUndo: null,
    counters: null,
    muted: false,

    async open(meetingId, sessionId) {
      clearTimeout(findTimer);
      clearTimeout(countersTimer);
      findSeq++;
      set({
        meetingId,
        sessionId,
        info: null,
        loadError: null,
        day: null,
        mode: 'in',
        text: '',
        matches: null,
        answer: null,
        error: null,
        lastUndo: null,
        counters: null,
      });
      const reply = await call('attendance.desk', { meetingId, sessionId });
      if (get().meetingId !== meetingId || get().sessionId !== sessionId) return;
      if (!reply.ok) return set({ loadError: reply.error });
      const info = reply.value;
      set({ info, day: info.session?.day ?? deskDay(info.meeting.days, info.today) });
      void get().refreshCounters();
    },

    setDay(day) {
      set({ day, answer: null, matches: null });
      void get().refreshCounters();
    },

    setMode(mode) {
      set({ mode, answer: null });
    },

    setText(text) {
      set({ text });
      clearTimeout(findTimer);
      const reading = readScan(text);
      if (reading.kind !== 'text' || letters(text) < MIN_LETTERS) {
        findSeq++;
        set({ matches: null, active: 0 });
        return;
      }
      findTimer = setTimeout(() => void find(text), FIND_DEBOUNCE_MS);
    },

    move(delta) {
      const { matches, active } = get();
      if (!matches?.items.length) return;
      const n = matches.items.length;
      set({ active: (active + delta + n) % n });
    },

    async submit() {
      const { text, matches, active, mode } = get();
      const trimmed = text.trim();
      const current = matches && matches.query === trimmed ? matches.items[active] : undefined;
      if (!trimmed) {
        // An empty field with someone offered (another meeting's badge): Enter takes them.
        if (current) await get().pick(current.registrationId);
        return;
      }
      const reading = readScan(text);
      if (reading.kind === 'text' && current) return get().pick(current.registrationId);
      // The person highlighted in a list found for fewer letters, still on screen.
      const seen = matches?.items[active]?.registrationId;
      clearTimeout(findTimer);
      findSeq++;
      // Cleared at once: a second scan types into an empty field, not onto the first.
      if (reading.kind !== 'text') set({ text: '', matches: null });
      const reply = await call('attendance.scan', { ...place(), text, mode, operator: operator() });
      if (!reply.ok) return failed(reply.error);
      const answer = reply.value;
      if (answer.outcome === 'choose') {
        // Typed faster than the list followed: the one person found is the one on screen.
        const only = answer.matches.length === 1 ? answer.matches[0]! : null;
        if (only && only.registrationId === seen) return get().pick(only.registrationId);
        set({ matches: { query: trimmed, items: answer.matches, total: 0 }, active: 0 });
        return;
      }
      show(answer, trimmed);
    },

    async pick(registrationId) {
      const { mode } = get();
      clearTimeout(findTimer);
      findSeq++;
      set({ text: '', matches: null });
      const reply = await call('attendance.checkIn', {
        ...place(),
        registrationId,
        mode,
        operator: operator(),
      });
      if (reply.ok) show(reply.value);
      else failed(reply.error);
    },

    async undo() {
      const last = get().lastUndo;
      if (!last) return;
      const reply = await call('attendance.undo', { undo: last.ref, operator: operator() });
      if (!reply.ok) return failed(reply.error);
      set({ lastUndo: null, answer: null });
      clearTimeout(countersTimer);
      void get().refreshCounters();
    },

    async refreshCounters() {
      const { meetingId, day, sessionId } = get();
      if (meetingId === null || day === null) return set({ counters: null });
      const seq = ++countersSeq;
      const reply = await call('attendance.counters', { meetingId, day, sessionId });
      if (seq === countersSeq && reply.ok) set({ counters: reply.value });
    },

    async setOperator(name) {
      const reply = await call('attendance.setOperator', { operator: name });
      const info = get().info;
      if (reply.ok && info) set({ info: { ...info, operator: reply.value.operator } });
    },

    setMuted(muted) {
      set({ muted });
    },

    showAnswer(answer) {
      show(answer);
    },
  };

  function operator(): string {
    return get().info?.operator ?? '';
  }
});
