import { memo, type CSSProperties, type MouseEvent } from 'react';
import { IconAlertTriangleFilled } from '@tabler/icons-react';
import type { Session } from '../../../../../shared/domain/agenda';
import { useAgendaStore } from '../agenda.store';
import { MIN_BLOCK_PX, minuteToPx } from './grid-geometry';
import { timeRange } from './session-text';
import { useDragStore } from './drag.store';
import { handleSessionKey } from './session-actions';
import { openSessionMenu } from './session-menu.store';
import classes from './timetable.module.css';

/** What a block shows and says, computed once per agenda change by the view. */
export interface BlockText {
  /** The accessible name: title, time, room, type and state. */
  label: string;
  people: string;
  clashCount: number;
  /** Read after the name: "2 clashes: …". */
  clashText: string;
  colour: string;
  /** Said by screen readers for the block's role ("session"). */
  roleDescription: string;
  tentativeLabel: string;
}

interface Props extends BlockText {
  session: Session;
  lane: number;
  lanes: number;
  /** Drawn across every column (a session in all rooms, in the day view). */
  spanning?: boolean;
}

/** The words inside a block: time, title, people; fewer lines when the block is short. */
const BlockBody = memo(function BlockBody(props: {
  time: string;
  title: string;
  people: string;
  heightPx: number;
  tentativeLabel: string | null;
  clashCount: number;
}) {
  const { time, title, people, heightPx, tentativeLabel, clashCount } = props;
  const clash = clashCount > 0 && (
    <span className={classes.clash} aria-hidden>
      <IconAlertTriangleFilled size={10} />
      {clashCount}
    </span>
  );
  if (heightPx < 34)
    return (
      <div className={classes.oneLine} aria-hidden>
        <span className={classes.time}>{time.slice(0, 5)}</span> <strong>{title}</strong>
        {clash}
      </div>
    );
  const titleLines = Math.max(1, Math.floor((heightPx - 20 - (people ? 14 : 0)) / 15));
  return (
    <div aria-hidden>
      <div className={classes.time}>
        {time}
        {tentativeLabel && <span className={classes.tentativeTag}> · {tentativeLabel}</span>}
      </div>
      <div className={classes.title} style={{ '--title-lines': titleLines } as CSSProperties}>
        {title}
      </div>
      {people && heightPx >= 52 && <div className={classes.people}>{people}</div>}
      {clash}
    </div>
  );
});

/**
 * One session on the grid, coloured by its type, hatched when tentative, with its clash count.
 * It becomes dnd-kit's draggable when pressed or focused (see ArmedDraggable): moved by its body,
 * resized by its top and bottom edges, picked up with Space. Memoised, and no drag state reaches
 * it, so a drag over hundreds of blocks renders none of them.
 */
export const SessionBlock = memo(function SessionBlock(props: Props) {
  const { session, lane, lanes, spanning, label, people, clashCount, clashText, colour } = props;
  const id = session.id;
  const selected = useAgendaStore((s) => s.selectedSessionId === id);
  const describedBy = useDragStore((s) => s.describedBy);
  const top = minuteToPx(session.startMinute);
  const height = Math.max(minuteToPx(session.endMinute - session.startMinute), MIN_BLOCK_PX) - 2;
  const style = {
    '--c': colour,
    insetBlockStart: top + 1,
    blockSize: height,
    insetInlineStart: spanning ? 3 : `calc(${(lane * 100) / lanes}% + 2px)`,
    inlineSize: spanning ? 'calc(100% - 6px)' : `calc(${100 / lanes}% - 4px)`,
  } as CSSProperties;
  const clashId = `clash-${id}`;
  const className = [
    classes.block,
    spanning && classes.spanning,
    session.tentative && classes.tentative,
    selected && classes.selected,
    clashCount > 0 && classes.clashing,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      role="button"
      tabIndex={0}
      aria-roledescription={props.roleDescription}
      aria-label={label}
      aria-describedby={clashCount ? `${describedBy} ${clashId}` : describedBy}
      data-session-id={id}
      className={className}
      style={style}
      onKeyDown={(event) => {
        if (!event.defaultPrevented) handleSessionKey(event, id);
      }}
      onClick={() => useAgendaStore.getState().select(id)}
      onContextMenu={(event: MouseEvent) => {
        event.preventDefault();
        openSessionMenu(id, event.clientX, event.clientY);
      }}
    >
      <div data-resize="start" className={`${classes.handle} ${classes.handleStart}`} />
      <BlockBody
        time={timeRange(session)}
        title={session.title}
        people={people}
        heightPx={height}
        tentativeLabel={session.tentative ? props.tentativeLabel : null}
        clashCount={clashCount}
      />
      {clashCount > 0 && (
        <span id={clashId} className={classes.srOnly}>
          {clashText}
        </span>
      )}
      <div data-resize="end" className={`${classes.handle} ${classes.handleEnd}`} />
    </div>
  );
});
