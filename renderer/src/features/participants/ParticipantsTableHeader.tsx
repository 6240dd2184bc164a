import { Checkbox } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParticipantsStore } from './participants.store';
import { COLUMNS, type ColumnId, type Participant } from './participant-types';
import classes from './participants.module.css';

interface Props {
  visible: readonly Participant[];
  onSelectAll(): void;
}

/** The sticky header row: select-all, and one sort button per column (Enter or Space sorts). */
export function ParticipantsTableHeader({ visible, onSelectAll }: Props) {
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
        {COLUMNS.map((column) => (
          <div
            key={column}
            role="columnheader"
            className={classes.cell}
            aria-sort={
              sort.column === column
                ? sort.direction === 'asc'
                  ? 'ascending'
                  : 'descending'
                : undefined
            }
          >
            <button type="button" className={classes.sortButton} onClick={() => toggleSort(column)}>
              {t(`participants.columns.${column}`)}
              {sortIcon(column)}
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
