import { Fragment, memo, type MouseEvent, type ReactNode } from 'react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sortName } from '../../../../shared/domain/people';
import { useParticipantsStore } from './participants.store';
import { countryLabel } from './participant-view';
import { STATUS_COLOURS } from './participant-labels';
import type { ColumnId, Participant } from './participant-types';
import classes from './participants.module.css';

/** The grid's DOM id: the panel gives the focus back to it when it closes. */
export const GRID_ID = 'participants-grid';

/** The DOM id of a row, for the grid's aria-activedescendant. */
export const rowDomId = (id: number) => `participant-row-${id}`;

interface Props {
  row: Participant;
  /** The columns shown, in order. */
  columns: readonly ColumnId[];
  /** Position among the visible rows, 0-based. */
  index: number;
  /** Offset from the top of the body, in pixels. */
  top: number;
  onRowClick(id: number, event: MouseEvent): void;
  onToggle(id: number, shiftKey: boolean): void;
}

/**
 * One line of the table. Memoised and subscribed to its own selected/active flags, so ticking a box
 * or moving the keyboard re-renders one or two rows, never the thousands behind them.
 */
export const ParticipantTableRow = memo(function ParticipantTableRow(props: Props) {
  const { row, columns, index, top, onRowClick, onToggle } = props;
  const { t, i18n } = useTranslation();
  const selected = useParticipantsStore((s) => s.selected.has(row.id));
  const active = useParticipantsStore((s) => s.activeId === row.id);
  const name = sortName(row);

  const cell = (column: ColumnId): ReactNode => {
    switch (column) {
      case 'name':
        return (
          <div role="gridcell" className={`${classes.cell} ${classes.name}`} title={name}>
            {name}
          </div>
        );
      case 'organisation': {
        const organisation = row.organisationAcronym
          ? `${row.organisationName} (${row.organisationAcronym})`
          : row.organisationName;
        return (
          <div role="gridcell" className={classes.cell} title={organisation}>
            {organisation}
          </div>
        );
      }
      case 'country': {
        const country = countryLabel(row.countryCode, i18n.language);
        return (
          <div role="gridcell" className={classes.cell} title={country}>
            {country}
          </div>
        );
      }
      case 'region':
        return (
          <div role="gridcell" className={`${classes.cell} ${classes.muted}`}>
            {row.policeRegion ? t(`region.${row.policeRegion}`) : ''}
          </div>
        );
      case 'role':
        return (
          <div role="gridcell" className={classes.cell}>
            {t(`role.${row.role}`)}
          </div>
        );
      case 'status':
        return (
          <div role="gridcell" className={classes.cell}>
            <Badge
              variant="light"
              color={STATUS_COLOURS[row.status]}
              size="sm"
              radius="sm"
              tt="none"
              fw={600}
            >
              {t(`status.${row.status}`)}
            </Badge>
          </div>
        );
      case 'email':
        return (
          <div role="gridcell" className={`${classes.cell} ${classes.muted}`} title={row.email}>
            {row.email}
          </div>
        );
    }
  };

  return (
    <div
      role="row"
      id={rowDomId(row.id)}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-active={active || undefined}
      className={`${classes.row} ${classes.dataRow}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={(e) => onRowClick(row.id, e)}
    >
      <div role="gridcell" className={`${classes.cell} ${classes.checkCell}`}>
        {/* A native box: dozens are on screen and Mantine's version costs an SVG and styles each. */}
        <input
          type="checkbox"
          className={classes.rowCheck}
          tabIndex={-1}
          checked={selected}
          aria-label={t('participants.selectRow', { name })}
          onClick={(e) => e.stopPropagation()}
          onChange={(e) => onToggle(row.id, (e.nativeEvent as MouseEvent['nativeEvent']).shiftKey)}
        />
      </div>
      {columns.map((column) => (
        <Fragment key={column}>{cell(column)}</Fragment>
      ))}
    </div>
  );
});
