import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import './virtual-table.css';

export interface Column<T> {
  id: string;
  header: string;
  /** A CSS grid track, e.g. 'minmax(14rem, 2fr)'. */
  width: string;
  align?: 'start' | 'end';
  /** The header becomes a button that sorts by this column (see `sort`). */
  sortable?: boolean;
  render(row: T): ReactNode;
}

/** The column the rows are sorted by, and which way. */
export interface TableSort {
  column: string;
  descending: boolean;
}

interface Props<T> {
  /** The table's accessible name. */
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey(row: T): string | number;
  /** Enter or a click on the row (not on a control inside it). */
  onOpen?(row: T): void;
  rowHeight?: number;
  /** Largest CSS height of the scrolling area; a short list takes only the room it needs. */
  height: string;
  /** When this changes (a new search or filter), the list scrolls back to the top. */
  resetKey?: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: string;
  /** The current order, shown on its header (aria-sort); sortable headers call `onSort`. */
  sort?: TableSort;
  onSort?(column: string): void;
}

const HEADER_HEIGHT = 40;
const PAGE = 10;

/**
 * A table that renders only the rows in view, so 50,000 rows scroll and filter without lag. Rows
 * form one tab stop (roving focus): arrows, Page Up/Down, Home and End move, Enter opens.
 */
export function VirtualTable<T>({
  label,
  rows,
  columns,
  rowKey,
  onOpen,
  rowHeight = 44,
  height,
  resetKey,
  minWidth,
  sort,
  onSort,
}: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(rows.length - 1, 0));
  const template = columns.map((c) => c.width).join(' ');
  // The virtualiser's functions are not memoisable; this component is fine re-rendering with it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // The sticky header sits inside the scrolling element, above the first row.
    scrollMargin: HEADER_HEIGHT,
    overscan: 12,
  });

  // A new search starts again at the top; a refetch of the same one keeps the user's place.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    setActive(0);
  }, [resetKey]);

  function focusRow(index: number) {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActive(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row may only exist once the virtualiser has rendered the new range.
    const tryFocus = (attempt: number) => {
      const el = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
      if (el) el.focus({ preventScroll: attempt > 0 });
      else if (attempt < 5) requestAnimationFrame(() => tryFocus(attempt + 1));
    };
    requestAnimationFrame(() => tryFocus(0));
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>, index: number) {
    // Keys typed inside a control of the row belong to that control.
    if (e.target !== e.currentTarget) return;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + PAGE,
      PageUp: index - PAGE,
      Home: 0,
      End: rows.length - 1,
    };
    const next = moves[e.key];
    if (next !== undefined) {
      e.preventDefault();
      focusRow(next);
    } else if (e.key === 'Enter' && onOpen) {
      e.preventDefault();
      onOpen(rows[index]!);
    }
  }

  return (
    <div ref={scrollRef} className="vt-scroll" style={{ maxBlockSize: height }}>
      <div
        role="table"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        className="vt-table"
        style={{ minInlineSize: minWidth }}
      >
        <div role="rowgroup" className="vt-head">
          <div
            role="row"
            aria-rowindex={1}
            className="vt-row"
            style={{ gridTemplateColumns: template, blockSize: HEADER_HEIGHT }}
          >
            {columns.map((c) => (
              <div
                key={c.id}
                role="columnheader"
                className="vt-cell"
                data-align={c.align}
                aria-sort={
                  sort?.column === c.id ? (sort.descending ? 'descending' : 'ascending') : undefined
                }
              >
                {c.sortable && onSort ? (
                  <button type="button" className="vt-sort" onClick={() => onSort(c.id)}>
                    {c.header}
                    <SortIcon state={sort?.column === c.id ? sort : undefined} />
                  </button>
                ) : (
                  c.header
                )}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="vt-body" style={{ blockSize: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={rowKey(row)}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                tabIndex={item.index === current ? 0 : -1}
                className="vt-row vt-data-row"
                data-clickable={onOpen ? true : undefined}
                style={{
                  gridTemplateColumns: template,
                  blockSize: item.size,
                  transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
                }}
                onFocus={() => setActive(item.index)}
                onKeyDown={(e) => onKeyDown(e, item.index)}
                onClick={(e) => {
                  const control = (e.target as HTMLElement).closest('a, button, input, select');
                  if (!control && onOpen) onOpen(row);
                }}
              >
                {columns.map((c) => {
                  const content = c.render(row);
                  // Plain text may be cut by the column: the full value stays a hover away.
                  const title = typeof content === 'string' ? content : undefined;
                  return (
                    <div
                      key={c.id}
                      role="cell"
                      className="vt-cell"
                      data-align={c.align}
                      title={title}
                    >
                      {content}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function SortIcon({ state }: { state: TableSort | undefined }) {
  if (!state) return <IconSelector size={14} aria-hidden opacity={0.45} />;
  return state.descending ? (
    <IconArrowDown size={14} aria-hidden />
  ) : (
    <IconArrowUp size={14} aria-hidden />
  );
}
