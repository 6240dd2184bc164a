import { memo, useCallback, useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { IconAlertTriangleFilled } from '@tabler/icons-react';
import { UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMinute, type Session } from '../../../../../shared/domain/agenda';
import { formatWeekday } from '../../../../../shared/domain/time';
import { useAgendaStore } from '../agenda.store';
import { groupByStart, overviewLayout, type ColumnModel } from './agenda-view';
import { gridLayout, useDragStore } from './drag.store';
import type { GridColumn } from './placement';
import { roomText, timeRange } from './session-text';
import { openSessionMenu } from './session-menu.store';
import { handleSessionKey } from './session-actions';
import type { DropTarget } from './TimetableDnd';
import type { BlockText } from './SessionBlock';
import { useBlockTexts } from './use-block-texts';
import { useMeetingDays, useVisibleSessions } from './use-view-data';
import classes from './overview.module.css';

/** A session in the overview (made draggable when pressed, like the grid's blocks). */
const OverviewCard = memo(function OverviewCard(
  props: BlockText & { session: Session; room: string },
) {
  const { session, room, label, colour, clashCount, clashText } = props;
  const selected = useAgendaStore((s) => s.selectedSessionId === session.id);
  const describedBy = useDragStore((s) => s.describedBy);
  const clashId = `clash-${session.id}`;
  return (
    <div
      role="button"
      tabIndex={0}
      aria-roledescription={props.roleDescription}
      aria-label={label}
      aria-describedby={clashCount ? `${describedBy} ${clashId}` : describedBy}
      data-session-id={session.id}
      className={[
        classes.card,
        session.tentative && classes.tentative,
        selected && classes.selected,
      ]
        .filter(Boolean)
        .join(' ')}
      style={{ '--c': colour } as CSSProperties}
      onKeyDown={(event) => {
        if (!event.defaultPrevented) handleSessionKey(event, session.id);
      }}
      onClick={() => useAgendaStore.getState().select(session.id)}
      onContextMenu={(event) => {
        event.preventDefault();
        openSessionMenu(session.id, event.clientX, event.clientY);
      }}
    >
      <div className={classes.cardTitle} aria-hidden>
        {session.title}
      </div>
      <div className={classes.cardMeta} aria-hidden>
        –{formatMinute(session.endMinute)} · {room}
      </div>
      {clashCount > 0 && (
        <>
          <span className={classes.clash} aria-hidden>
            <IconAlertTriangleFilled size={10} />
            {clashCount}
          </span>
          <span id={clashId} className={classes.srOnly}>
            {clashText}
          </span>
        </>
      )}
    </div>
  );
});

function OverviewGhost({ day }: { day: string }) {
  const preview = useDragStore((s) =>
    s.subject?.kind === 'session' && s.preview?.day === day && s.subject.origin.day !== day
      ? s.preview
      : null,
  );
  const title = useDragStore((s) => (s.subject?.kind === 'session' ? s.subject.title : ''));
  if (!preview) return null;
  return (
    <div className={classes.ghost} data-testid="drag-ghost">
      {timeRange(preview)} {title}
    </div>
  );
}

const OverviewDay = memo(function OverviewDay(props: {
  column: ColumnModel;
  texts: ReadonlyMap<number, BlockText>;
  rooms: ReadonlyMap<number, string>;
}) {
  const { column, texts, rooms } = props;
  const { t, i18n } = useTranslation();
  const grid: GridColumn = useMemo(
    () => ({ key: column.key, day: column.day, room: column.room }),
    [column.key, column.day, column.room],
  );
  const target: DropTarget = { kind: 'column', column: grid };
  const { setNodeRef, isOver } = useDroppable({ id: `col:${column.key}`, data: target });
  const setNode = useCallback(
    (node: HTMLElement | null) => {
      setNodeRef(node);
      if (node) gridLayout.nodes.set(column.key, node);
      else gridLayout.nodes.delete(column.key);
    },
    [setNodeRef, column.key],
  );
  const weekday = formatWeekday(column.day, i18n.language);
  const openDay = () => {
    const store = useAgendaStore.getState();
    store.setDay(column.day);
    store.setView('day');
  };
  return (
    <section
      ref={setNode}
      className={`${classes.day} ${isOver ? classes.dayOver : ''}`}
      aria-label={weekday}
    >
      <UnstyledButton
        className={classes.dayHead}
        onClick={openDay}
        aria-label={t('agenda.grid.openDay', { day: weekday })}
      >
        <span className={classes.dayName}>{weekday}</span>
        <span className={classes.dayCount}>
          {t('agenda.grid.sessionCount', { count: column.sessions.length })}
        </span>
      </UnstyledButton>
      <div className={classes.dayBody}>
        <OverviewGhost day={column.day} />
        {groupByStart(column.sessions).map((group) => (
          <div key={group.startMinute} className={classes.slot}>
            <div className={classes.slotTime}>{formatMinute(group.startMinute)}</div>
            <div className={classes.slotCards}>
              {group.sessions.map((s) => {
                const text = texts.get(s.id);
                const room =
                  s.allRooms || s.roomId === null
                    ? roomText(s, [], t)
                    : (rooms.get(s.roomId) ?? '');
                return text && <OverviewCard key={s.id} session={s} room={room} {...text} />;
              })}
            </div>
          </div>
        ))}
        {column.sessions.length === 0 && (
          <div className={classes.none}>{t('agenda.grid.empty.dayEmpty')}</div>
        )}
      </div>
    </section>
  );
});

/**
 * All the meeting's days side by side, sessions grouped by start time: a day's heading opens it,
 * a session opens its panel, and a session dragged onto another day moves there (same time, room).
 */
export function OverviewView() {
  const { t } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda)!;
  const visible = useVisibleSessions();
  const days = useMeetingDays();
  const texts = useBlockTexts();
  const scroller = useRef<HTMLDivElement>(null);
  const columns = useMemo(() => overviewLayout(days, visible), [days, visible]);
  const rooms = useMemo(() => new Map(agenda.rooms.map((r) => [r.id, r.name])), [agenda.rooms]);

  useEffect(() => {
    gridLayout.columns = columns.map((c) => ({ key: c.key, day: c.day, room: c.room }));
    gridLayout.days = [...days];
    gridLayout.timed = false;
    gridLayout.scroller = scroller.current;
  }, [columns, days]);

  return (
    <div
      ref={scroller}
      className={classes.overview}
      role="region"
      aria-label={t('agenda.grid.overviewLabel')}
      data-testid="overview"
    >
      {columns.map((column) => (
        <OverviewDay key={column.key} column={column} texts={texts} rooms={rooms} />
      ))}
    </div>
  );
}
