import { create } from 'zustand';
import { samePlacement, type DragMode, type GridColumn, type Placement } from './placement';

/** What is being dragged: a session (moved or resized), or a new session being drawn. */
export type DragSubject =
  | { kind: 'session'; sessionId: number; title: string; mode: DragMode; origin: Placement }
  | { kind: 'create'; column: GridColumn; anchorMinute: number; origin: Placement };

interface DragState {
  /** The session whose block is dnd-kit's draggable now (the one pressed or focused last). */
  armed: { sessionId: number; node: HTMLElement } | null;
  /** The id of dnd-kit's instructions for screen readers, which every block refers to. */
  describedBy: string;
  subject: DragSubject | null;
  /** Where the subject would land now, snapped; drawn as the ghost and announced. */
  preview: Placement | null;
  via: 'pointer' | 'keyboard' | null;
  start(subject: DragSubject, via: 'pointer' | 'keyboard'): void;
  show(preview: Placement): void;
  clear(): void;
}

/**
 * The drag in progress, apart from the agenda store: the ghost and the day tabs follow it while
 * the hundreds of session blocks never see it change.
 */
export const useDragStore = create<DragState>((set, get) => ({
  armed: null,
  describedBy: '',
  subject: null,
  preview: null,
  via: null,
  start: (subject, via) => set({ subject, via, preview: subject.origin }),
  show(preview) {
    const current = get().preview;
    if (!current || !samePlacement(current, preview)) set({ preview });
  },
  clear: () => set({ subject: null, preview: null, via: null }),
}));

/**
 * The view on screen, for the keyboard: its columns (left and right arrows move between them),
 * the meeting's days (Page Up / Page Down) and the column elements (where the ghost is drawn).
 * Plain data, read at key presses, not state that renders.
 */
export const gridLayout = {
  columns: [] as GridColumn[],
  days: [] as string[],
  /** Whether up and down change the time (false in a view without a time axis). */
  timed: true,
  nodes: new Map<string, HTMLElement>(),
  /** The element that scrolls the view: the pointer targets columns only inside it. */
  scroller: null as HTMLElement | null,
};
