/**
 * The keyboard's part of a move, for dnd-kit's KeyboardSensor: each key press computes the
 * session's next snapped place, and the coordinates of that place on screen for the sensor.
 */
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { placementAfterKey, type Placement } from './placement';
import { gridLayout, useDragStore } from './drag.store';
import { minuteToPx } from './grid-geometry';
import { useAgendaStore } from '../agenda.store';

/** Keys that pick a session up, drop it, or put it back (Enter alone opens the panel). */
export const KEYBOARD_CODES = {
  start: ['Space'],
  end: ['Space', 'Enter'],
  cancel: ['Escape', 'Tab'],
};

const isRtl = () => document.documentElement.dir === 'rtl';

/** Where a placement is drawn on screen, when its column is on screen. */
function pointOf(p: Placement): { x: number; y: number } | null {
  const column = gridLayout.columns.find(
    (c) =>
      c.day === p.day &&
      (c.room.kind === 'any' ||
        p.allRooms ||
        (c.room.kind === 'room' ? c.room.roomId === p.roomId : p.roomId === null)),
  );
  const node = column && gridLayout.nodes.get(column.key);
  if (!node) return null;
  const rect = node.getBoundingClientRect();
  return { x: rect.left, y: rect.top + (gridLayout.timed ? minuteToPx(p.startMinute) : 0) };
}

let nudge = 0;

/** The last key press of a held session: counted, and whether it changed the place. */
export const lastKey = { count: 0, moved: false };

/**
 * The sensor's coordinate getter: it updates the drag's preview (which the grid draws and the
 * announcements read) and answers the preview's place on screen. The answer alternates by a
 * hundredth of a pixel, so that every press (a resize, which keeps the top-left corner, or one
 * that cannot go further) moves the sensor and is announced.
 */
export const snappedKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { currentCoordinates },
) => {
  const { subject, preview, show } = useDragStore.getState();
  if (!subject || subject.kind !== 'session' || !preview) return undefined;
  const step = useAgendaStore.getState().snapMinutes;
  const next = placementAfterKey(event, preview, { ...gridLayout, step, rtl: isRtl() });
  if (!next) return undefined;
  event.preventDefault();
  show(next);
  lastKey.count++;
  lastKey.moved = useDragStore.getState().preview !== preview;
  nudge = nudge === 0 ? 0.01 : 0;
  // A place on another day than the one shown has no column on screen: a token step down.
  const point = pointOf(next) ?? { x: currentCoordinates.x, y: currentCoordinates.y + 1 };
  return { x: point.x + nudge, y: point.y };
};
