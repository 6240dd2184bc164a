import {
  memo,
  useEffect,
  useLayoutEffect,
  useRef,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinute, MINUTES_PER_DAY, type Session } from '../../../../../shared/domain/agenda';
import type { ColumnModel } from './agenda-view';
import { gridLayout } from './drag.store';
import { layoutLanes, minuteToPx, type ClockBand } from './grid-geometry';
import { SessionBlock, type BlockText } from './SessionBlock';
import { Ghost, TimeGridColumn } from './TimeGridColumn';
import classes from './timetable.module.css';

export interface ColumnHead {
  title: string;
  subtitle: string;
  closed: boolean;
}

interface Props {
  /** Names the scrolling region for assistive technology ("Timetable of Saturday 14 November"). */
  label: string;
  columns: readonly ColumnModel[];
  heads: readonly ColumnHead[];
  /** Sessions in every room, drawn across all columns (day view only). */
  spanning: readonly Session[] | null;
  texts: ReadonlyMap<number, BlockText>;
  bandsOf(day: string): readonly ClockBand[];
  days: readonly string[];
  /** The grid scrolls to `firstMinute` whenever this changes (another day or room). */
  scrollKey: string;
  firstMinute: number;
  /** Shown over the grid (no session yet). */
  overlay?: ReactNode;
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);

const TimeAxis = memo(function TimeAxis({ bands }: { bands: readonly ClockBand[] }) {
  return (
    <div className={classes.axis} aria-hidden>
      {HOURS.map((h) => (
        <div key={h} className={classes.hour} style={{ insetBlockStart: minuteToPx(h * 60) }}>
          {formatMinute(h * 60)}
        </div>
      ))}
      {bands.map((band) => (
        <div
          key={band.startMinute}
          className={classes.axisBand}
          style={{
            insetBlockStart: minuteToPx(band.startMinute),
            blockSize: minuteToPx(band.endMinute - band.startMinute),
          }}
        />
      ))}
    </div>
  );
});

/** The sessions in every room, in a layer across the room columns. */
const SpanLayer = memo(function SpanLayer(props: {
  sessions: readonly Session[];
  texts: ReadonlyMap<number, BlockText>;
}) {
  const lanes = layoutLanes(props.sessions);
  return (
    <div className={classes.span}>
      {props.sessions.map((s) => {
        const text = props.texts.get(s.id);
        const lane = lanes.get(s.id) ?? { lane: 0, lanes: 1 };
        return (
          text && (
            <SessionBlock
              key={s.id}
              session={s}
              lane={lane.lane}
              lanes={lane.lanes}
              spanning
              {...text}
            />
          )
        );
      })}
      <Ghost column={null} spanningView />
    </div>
  );
});

/**
 * A time grid: columns (rooms of a day, or days of a room) on a 24-hour axis, with sticky
 * column heads and time axis, scrolling both ways. It tells the keyboard moves which columns it
 * shows and where they are.
 */
export function TimeGrid(props: Props) {
  const { t } = useTranslation();
  const { columns, heads, spanning, texts, bandsOf, scrollKey, firstMinute } = props;
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    gridLayout.columns = columns.map((c) => ({ key: c.key, day: c.day, room: c.room }));
    gridLayout.days = [...props.days];
    gridLayout.timed = true;
    gridLayout.scroller = scroller.current;
  }, [columns, props.days]);

  // A new day or room opens at its first session, not wherever the previous one was scrolled.
  const scrolledFor = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!scroller.current || scrolledFor.current === scrollKey) return;
    scrolledFor.current = scrollKey;
    scroller.current.scrollTop = minuteToPx(firstMinute);
  }, [scrollKey, firstMinute]);

  const style = {
    '--cols': columns.length,
    '--day-height': `${minuteToPx(MINUTES_PER_DAY)}px`,
  } as CSSProperties;
  const axisBands = columns.length ? bandsOf(columns[0]!.day) : [];
  return (
    <div
      ref={scroller}
      className={classes.scroller}
      role="region"
      aria-label={props.label}
      data-testid="timetable"
    >
      <div className={classes.canvas} style={style}>
        <div className={classes.corner} aria-hidden>
          {t('agenda.grid.timeHead')}
        </div>
        {heads.map((head, i) => (
          <div
            key={columns[i]!.key}
            className={`${classes.head} ${head.closed ? classes.headClosed : ''}`}
            data-testid="column-head"
            title={[head.title, head.subtitle].filter(Boolean).join(' · ')}
          >
            <div className={classes.headTitle}>{head.title}</div>
            <div className={classes.headSub}>{head.subtitle || '\u00a0'}</div>
          </div>
        ))}
        <TimeAxis bands={axisBands} />
        {columns.map((column, index) => (
          <TimeGridColumn
            key={column.key}
            column={column}
            index={index}
            texts={texts}
            spanningView={spanning !== null}
            bands={bandsOf(column.day)}
          />
        ))}
        {spanning && <SpanLayer sessions={spanning} texts={texts} />}
        {props.overlay && (
          <div
            className={classes.emptyHint}
            style={{
              insetBlockStart: `calc(var(--head-height) + ${minuteToPx(firstMinute) + 24}px)`,
            }}
          >
            {props.overlay}
          </div>
        )}
      </div>
    </div>
  );
}
