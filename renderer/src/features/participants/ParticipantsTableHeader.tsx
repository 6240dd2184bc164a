import { Checkbox } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParticipantsStore } from './participants.store';
import { ColumnResizer } from './ColumnResizer';
import type { ColumnId, Participant } from './participant-types';
import classes from './participants.module.css';

interface Props {
  visible: readonly Participant[];
  columns: readonly ColumnId[];
  /** Widths the user gave columns, in pixels. */
  widths: Partial<Record<string, number>>;
  onSelectAll(): void;
  onResize(column: ColumnId, width: number, done: boolean): void;
  onResetWidth(column: ColumnId): void;
}

/**
 * The sticky header row: select-all, and per column a sort button (Enter or Space sorts) and a
 * grip to resize it.
 */
export function ParticipantsTableHeader(props: Props) {
  const { visible, columns, widths, onSelectAll, onResize, onResetWidth } = props;
  const { t } = useTranslation();
  const sort = useParticipantsStore((s) => s.sort);
  const toggleSort = useParticipantsStore((s) => s.toggleSort);
  const selected = useParticipantsStore((s) => s.selected);
  let selectedShown = 0;
  for (const r of visible) if (selected.has(r.id)) selectedShown++;
  const all = visible.length > 0 && selectedShown === visible.length;
  const sortIcon = (column: ColumnId) => {
    if (sort.column !== column) return <IconSelector size={14} aria-hidden opacity={0.45} />;
    return sort.direction === 'asc' ? (
      <IconArrowUp size={14} aria-hidden />
    ) : (
      <IconArrowDown size={14} aria-hidden />
    );
  };
  return (
    <div role="rowgroup" className={classes.head}>
      <div role="row" aria-rowindex={1} className={`${classes.row} ${classes.headRow}`}>
        <div role="columnheader" className={`${classes.cell} ${classes.checkCell}`}>
          <Checkbox
            size="xs"
            checked={all}
            indeterminate={!all && selectedShown > 0}
            disabled={visible.length === 0}
            aria-label={t('participants.columns.selectAll')}
            onChange={onSelectAll}
          />
        </div>
        {columns.map((column) => {
          const label = t(`participants.columns.${column}`);
          return (
            <div
              key={column}
              role="columnheader"
              className={`${classes.cell} ${classes.headCell}`}
              aria-sort={
                sort.column === column
                  ? sort.direction === 'asc'
                    ? 'ascending'
                    : 'descending'
                  : undefined
              }
            >
              <button
                type="button"
                className={classes.sortButton}
                onClick={() => toggleSort(column)}
              >
                <span className={classes.sortLabel}>{label}</span>
                {sortIcon(column)}
              </button>
              <ColumnResizer
                label={t('participants.columns.resize', { column: label })}
                width={widths[column]}
                onResize={(width, done) => onResize(column, width, done)}
                onReset={() => onResetWidth(column)}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
