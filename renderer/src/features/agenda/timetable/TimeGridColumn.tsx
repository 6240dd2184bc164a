import { memo, useCallback, useMemo, type MouseEvent, type PointerEventHandler } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useAgendaStore } from '../agenda.store';
import type { ColumnModel } from './agenda-view';
import { gridLayout, useDragStore } from './drag.store';
import { layoutLanes, minuteToPx, pxToMinutes, type ClockBand } from './grid-geometry';
import { drawn, type GridColumn, type Placement } from './placement';
import { SessionBlock, type BlockText } from './SessionBlock';
import { timeRange } from './session-text';
import type { DragSource, DropTarget } from './TimetableDnd';
import classes from './timetable.module.css';

/** Whether a drag's preview is drawn in this column (in a day view, all-room ones span instead). */
function shownIn(p: Placement, column: GridColumn, spanningView: boolean): boolean {
  if (p.day !== column.day) return false;
  if (p.allRooms) return !spanningView;
  if (column.room.kind === 'room') return p.roomId === column.room.roomId;
  if (column.room.kind === 'none') return p.roomId === null;
  return true;
}

/** Where the dragged session (or the one being drawn) would land, snapped, with its times. */
export function Ghost({
  column,
  spanningView,
}: {
  column: GridColumn | null;
  spanningView: boolean;
}) {
  const preview = useDragStore((s) => {
    const p = s.preview;
    if (!p || !s.subject) return null;
    if (column === null) return p.allRooms && spanningView ? p : null;
    return shownIn(p, column, spanningView) ? p : null;
  });
  const title = useDragStore((s) => (s.subject?.kind === 'session' ? s.subject.title : ''));
  if (!preview) return null;
  return (
    <div
      className={classes.ghost}
      style={{
        insetBlockStart: minuteToPx(preview.startMinute),
        blockSize: minuteToPx(preview.endMinute - preview.startMinute),
      }}
      data-testid="drag-ghost"
    >
      {timeRange(preview)} {title}
    </div>
  );
}

interface Props {
  column: ColumnModel;
  /** Its place among the grid's columns (the time axis is the first). */
  index: number;
  texts: ReadonlyMap<number, BlockText>;
  /** The view draws sessions in all rooms across the columns (the day view). */
  spanningView: boolean;
  bands: readonly ClockBand[];
}

/** What a column draws: its clock bands, its sessions and the ghost of a drag landing in it. */
const ColumnContent = memo(function ColumnContent(props: {
  column: ColumnModel;
  grid: GridColumn;
  texts: ReadonlyMap<number, BlockText>;
  spanningView: boolean;
  bands: readonly ClockBand[];
}) {
  const { column, grid, texts, spanningView, bands } = props;
  const lanes = useMemo(() => layoutLanes(column.sessions), [column.sessions]);
  return (
    <>
      {bands.map((band) => (
        <div
          key={band.startMinute}
          className={classes.band}
          style={{
            insetBlockStart: minuteToPx(band.startMinute),
            blockSize: minuteToPx(band.endMinute - band.startMinute),
          }}
        />
      ))}
      {column.sessions.map((s) => {
        const lane = lanes.get(s.id) ?? { lane: 0, lanes: 1 };
        const text = texts.get(s.id);
        if (!text) return null;
        return (
          <SessionBlock key={s.id} session={s} lane={lane.lane} lanes={lane.lanes} {...text} />
        );
      })}
      <Ghost column={grid} spanningView={spanningView} />
    </>
  );
});

/**
 * One column of the time grid: a dnd-kit droppable (sessions are dropped into it) and a
 * draggable for its empty space (drawing a new session). Double-click draws an hour.
 *
 * dnd-kit renders every component using its hooks again on each pointer move of a drag; this one
 * then only recomputes its class (the column under the pointer is lit), while its content, a
 * separate memoised component, is left alone: a move does not walk the column's thirty blocks.
 */
export const TimeGridColumn = memo(function TimeGridColumn(props: Props) {
  const { column, index, texts, spanningView, bands } = props;
  const grid: GridColumn = useMemo(
    () => ({ key: column.key, day: column.day, room: column.room }),
    [column.key, column.day, column.room],
  );
  const target: DropTarget = { kind: 'column', column: grid };
  const source: DragSource = { kind: 'create', column: grid };
  const { setNodeRef: setDropNode, isOver } = useDroppable({
    id: `col:${column.key}`,
    data: target,
  });
  const { setNodeRef: setDrawNode, listeners } = useDraggable({
    id: `create:${column.key}`,
    data: source,
  });
  const setNodes = useCallback(
    (node: HTMLElement | null) => {
      setDropNode(node);
      setDrawNode(node);
      if (node) gridLayout.nodes.set(column.key, node);
      else gridLayout.nodes.delete(column.key);
    },
    [setDropNode, setDrawNode, column.key],
  );

  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const { snapMinutes, openNew } = useAgendaStore.getState();
    const rect = event.currentTarget.getBoundingClientRect();
    const minute = pxToMinutes(event.clientY - rect.top);
    openNew(drawn(grid, minute, minute + 60, snapMinutes));
  };

  const className = [
    classes.column,
    column.closed && classes.columnClosed,
    isOver && classes.columnOver,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      ref={setNodes}
      className={className}
      style={{ gridColumn: index + 2 }}
      data-column-key={column.key}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      onDoubleClick={onDoubleClick}
    >
      <ColumnContent
        column={column}
        grid={grid}
        texts={texts}
        spanningView={spanningView}
        bands={bands}
      />
    </div>
  );
});
