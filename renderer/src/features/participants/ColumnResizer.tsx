import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from './participant-columns';
import classes from './participants.module.css';

interface Props {
  /** "Resize the Name column". */
  label: string;
  /** The column's width now, in pixels, for assistive technology. */
  width: number | undefined;
  /** A new width while dragging (`done` false) or once settled (`done` true). */
  onResize(width: number, done: boolean): void;
  /** Back to the default width (double-click). */
  onReset(): void;
}

const STEP = 16;

/**
 * The grip at the end of a column header: drag it, or focus it and use the arrow keys (Shift for
 * bigger steps). Pointer capture keeps the drag going outside the header; widths follow the
 * writing direction, so in a right-to-left language dragging leftwards widens the column.
 */
export function ColumnResizer({ label, width, onResize, onReset }: Props) {
  const start = useRef<{ x: number; width: number; direction: number } | null>(null);

  const cellWidth = (element: HTMLElement) =>
    element.parentElement?.getBoundingClientRect().width ?? width ?? MIN_COLUMN_WIDTH;
  const direction = (element: HTMLElement) =>
    getComputedStyle(element).direction === 'rtl' ? -1 : 1;
  const widthAt = (x: number) => {
    const s = start.current!;
    return Math.min(
      MAX_COLUMN_WIDTH,
      Math.max(MIN_COLUMN_WIDTH, s.width + (x - s.x) * s.direction),
    );
  };

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    const element = event.currentTarget;
    element.setPointerCapture(event.pointerId);
    start.current = { x: event.clientX, width: cellWidth(element), direction: direction(element) };
  }
  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (start.current) onResize(widthAt(event.clientX), false);
  }
  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    if (!start.current) return;
    onResize(widthAt(event.clientX), true);
    start.current = null;
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    event.stopPropagation();
    const element = event.currentTarget;
    const sign = (event.key === 'ArrowRight' ? 1 : -1) * direction(element);
    const next = cellWidth(element) + sign * (event.shiftKey ? STEP * 4 : STEP);
    onResize(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, next)), true);
  }

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width === undefined ? undefined : Math.round(width)}
      aria-valuemin={MIN_COLUMN_WIDTH}
      aria-valuemax={MAX_COLUMN_WIDTH}
      tabIndex={0}
      className={classes.resizer}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (start.current = null)}
      onKeyDown={onKeyDown}
      onDoubleClick={onReset}
      onClick={(e) => e.stopPropagation()}
    />
  );
}
