import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useParticipantsStore } from './participants.store';
import { idRange } from './participant-view';
import type { ColumnId, Participant } from './participant-types';
import { gridTemplate, minTableWidth, withWidth } from './participant-columns';
import { useColumnLayout } from './use-column-layout';
import { GRID_ID, ParticipantTableRow, rowDomId } from './ParticipantTableRow';
import { ParticipantsTableHeader } from './ParticipantsTableHeader';
import { NoMatch } from './ParticipantsEmptyState';
import classes from './participants.module.css';

const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 40;

interface Props {
  visible: readonly Participant[];
}

/**
 * The participants grid: a real ARIA grid (row count, row indexes, sortable column headers) whose
 * body is virtualised, so only the rows on screen exist in the DOM whatever the meeting's size.
 * The grid itself holds the focus and points at the active row, which keeps keyboard navigation
 * working when the active row scrolls out and its element is recycled.
 */
export function ParticipantsTable({ visible }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const activeId = useParticipantsStore((s) => s.activeId);
  const { layout, columns, setLayout } = useColumnLayout();
  // A column being dragged: its width shows at once and is saved when the drag ends.
  const [dragging, setDragging] = useState<{ column: ColumnId; width: number } | null>(null);
  const shown = dragging ? withWidth(layout, dragging.column, dragging.width) : layout;
  const onResize = useCallback(
    (column: ColumnId, width: number, done: boolean) => {
      if (!done) return setDragging({ column, width });
      setDragging(null);
      setLayout(withWidth(layout, column, width));
    },
    [layout, setLayout],
  );
  const onResetWidth = useCallback(
    (column: ColumnId) => setLayout(withWidth(layout, column, null)),
    [layout, setLayout],
  );
  // The tracks live in custom properties: resizing re-renders the grid, never its rows.
  const gridStyle = {
    '--participant-columns': gridTemplate(columns, shown),
    '--participant-min-width': `${minTableWidth(columns, shown)}px`,
  } as CSSProperties;
  // The virtualiser's methods are read fresh on every render by design; nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => visible[index]?.id ?? index,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan: 8,
  });

  const activeIndex = activeId === null ? -1 : visible.findIndex((r) => r.id === activeId);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex);
  }, [activeIndex, virtualizer]);

  const toggle = useCallback(
    (id: number, shiftKey: boolean) => {
      const { selected, anchorId, setSelected } = useParticipantsStore.getState();
      const next = new Set(selected);
      if (shiftKey && anchorId !== null) {
        // A shift-click gives the whole range the state the clicked box is about to take.
        const on = !selected.has(id);
        for (const x of idRange(visible, anchorId, id)) {
          if (on) next.add(x);
          else next.delete(x);
        }
      } else if (next.has(id)) next.delete(id);
      else next.add(id);
      setSelected(next, id);
    },
    [visible],
  );

  const onRowClick = useCallback(
    (id: number, event: MouseEvent) => {
      const store = useParticipantsStore.getState();
      if (event.shiftKey || event.metaKey || event.ctrlKey) {
        toggle(id, event.shiftKey);
        store.setActive(id);
      } else store.requestPanel({ kind: 'edit', id });
    },
    [toggle],
  );

  const selectAllShown = useCallback(() => {
    const { selected, setSelected } = useParticipantsStore.getState();
    const next = new Set(selected);
    const all = visible.length > 0 && visible.every((r) => selected.has(r.id));
    for (const r of visible) {
      if (all) next.delete(r.id);
      else next.add(r.id);
    }
    setSelected(next, null);
  }, [visible]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Keys pressed on the header's own controls keep their usual meaning.
    if (event.target !== event.currentTarget || visible.length === 0) return;
    const store = useParticipantsStore.getState();
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moveTo = (index: number) => {
      const row = visible[Math.max(0, Math.min(visible.length - 1, index))];
      if (row) store.setActive(row.id);
      return row;
    };
    const from = activeIndex;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(from < 0 ? 0 : from + 1);
        break;
      case 'ArrowUp':
        moveTo(from < 0 ? 0 : from - 1);
        break;
      case 'PageDown':
        moveTo(from + page);
        break;
      case 'PageUp':
        moveTo(from - page);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(visible.length - 1);
        break;
      case ' ': {
        const row = from < 0 ? moveTo(0) : visible[from];
        if (row) toggle(row.id, event.shiftKey);
        break;
      }
      case 'Enter': {
        const row = from < 0 ? visible[0] : visible[from];
        if (row) store.requestPanel({ kind: 'edit', id: row.id }, { focus: true });
        break;
      }
      case 'a':
        if (!(event.ctrlKey || event.metaKey)) return;
        selectAllShown();
        break;
      case 'Escape':
        if (store.selected.size === 0 && store.panel.kind === 'closed') return;
        store.escape();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  const items = virtualizer.getVirtualItems();
  return (
    <div className={classes.gridWrap}>
      <div
        ref={scrollRef}
        id={GRID_ID}
        role="grid"
        aria-label={t('participants.tableLabel')}
        aria-rowcount={visible.length + 1}
        aria-colcount={columns.length + 1}
        aria-multiselectable
        aria-activedescendant={activeIndex >= 0 ? rowDomId(activeId!) : undefined}
        tabIndex={0}
        className={classes.grid}
        style={gridStyle}
        onKeyDown={onKeyDown}
      >
        <ParticipantsTableHeader
          visible={visible}
          columns={columns}
          widths={shown.widths}
          onSelectAll={selectAllShown}
          onResize={onResize}
          onResetWidth={onResetWidth}
        />
        <div
          role="rowgroup"
          className={classes.body}
          style={{ blockSize: virtualizer.getTotalSize() - HEADER_HEIGHT }}
        >
          {items.map((item) => {
            const row = visible[item.index];
            if (!row) return null;
            return (
              <ParticipantTableRow
                key={row.id}
                row={row}
                columns={columns}
                index={item.index}
                top={item.start - HEADER_HEIGHT}
                onRowClick={onRowClick}
                onToggle={toggle}
              />
            );
          })}
        </div>
      </div>
      {visible.length === 0 && <NoMatch />}
    </div>
  );
}
