import { useLayoutEffect, type KeyboardEvent, type PointerEvent, type SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';
import { useDraggable, type DraggableSyntheticListeners } from '@dnd-kit/core';
import { useDragStore } from './drag.store';
import type { DragSource } from './TimetableDnd';

/** The armed draggable's listeners, for the delegating handlers below. */
let armedListeners: DraggableSyntheticListeners;

/**
 * The one dnd-kit draggable of the timetable. dnd-kit re-renders every draggable when a drag
 * starts or enters another column; with hundreds of sessions that alone would drop frames. So
 * the session pressed or focused is made the draggable just then (its block element registered as
 * the draggable's node and activator), and the blocks themselves never hear of drags.
 */
export function ArmedDraggable() {
  const armed = useDragStore((s) => s.armed);
  const source: DragSource | undefined = armed
    ? { kind: 'session', sessionId: armed.sessionId }
    : undefined;
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: armed ? `session:${armed.sessionId}` : 'session:none',
    data: source,
    disabled: !armed,
  });
  const describedBy = attributes['aria-describedby'];

  useLayoutEffect(() => {
    setNodeRef(armed?.node ?? null);
    setActivatorNodeRef(armed?.node ?? null);
    armedListeners = listeners;
  }, [armed, listeners, setNodeRef, setActivatorNodeRef]);

  useLayoutEffect(() => {
    if (!armed || !isDragging) return;
    armed.node.setAttribute('data-dragging', '');
    return () => armed.node.removeAttribute('data-dragging');
  }, [armed, isDragging]);

  useLayoutEffect(() => {
    if (useDragStore.getState().describedBy !== describedBy) useDragStore.setState({ describedBy });
  }, [describedBy]);
  return null;
}

/** The session block an event happened in, if any. */
function blockOf(event: SyntheticEvent): { sessionId: number; node: HTMLElement } | null {
  const node = (event.target as Element | null)?.closest?.<HTMLElement>('[data-session-id]');
  return node ? { sessionId: Number(node.dataset.sessionId), node } : null;
}

/** Makes the block the draggable, at once (before dnd-kit sees the event), unless a drag is on. */
function arm(event: SyntheticEvent): boolean {
  const block = blockOf(event);
  const store = useDragStore.getState();
  if (!block || store.subject) return false;
  if (store.armed?.sessionId !== block.sessionId || store.armed.node !== block.node)
    flushSync(() => useDragStore.setState({ armed: block }));
  return true;
}

/**
 * Handlers for an element around the timetable, in the capture phase: a press or a key on a
 * block reaches dnd-kit's sensors through the armed draggable before anything under the block
 * (an empty column draws a new session) can take it.
 */
export const armedHandlers = {
  onPointerDownCapture(event: PointerEvent) {
    if (arm(event)) armedListeners?.onPointerDown?.(event);
  },
  onKeyDownCapture(event: KeyboardEvent) {
    if (event.target instanceof HTMLElement && event.target.dataset.sessionId && arm(event))
      armedListeners?.onKeyDown?.(event);
  },
};
