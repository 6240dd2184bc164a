import { memo } from 'react';
import { Badge, Tabs } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { formatShortWeekday, formatWeekday } from '../../../../../shared/domain/time';
import { useAgendaStore } from '../agenda.store';
import { useDragStore } from './drag.store';
import type { DropTarget } from './TimetableDnd';

/** The tab itself, apart from the drag hooks: dnd-kit renders DayTab on every pointer move. */
const DayTabView = memo(function DayTabView(props: {
  day: string;
  count: number;
  aimed: boolean;
  setNodeRef: (node: HTMLElement | null) => void;
}) {
  const { day, count, aimed, setNodeRef } = props;
  const { t, i18n } = useTranslation();
  return (
    <Tabs.Tab
      ref={setNodeRef}
      value={day}
      aria-label={t('agenda.grid.dayTab', { day: formatWeekday(day, i18n.language), count })}
      rightSection={
        <Badge
          size="xs"
          variant={aimed ? 'filled' : 'light'}
          color={aimed ? undefined : 'gray'}
          aria-hidden
        >
          {count}
        </Badge>
      }
      style={aimed ? { outline: '2px dashed var(--mantine-primary-color-filled)' } : undefined}
      data-day={day}
    >
      {formatShortWeekday(day, i18n.language)}
    </Tabs.Tab>
  );
});

function DayTab({ day, count }: { day: string; count: number }) {
  const target: DropTarget = { kind: 'day', day };
  const { setNodeRef } = useDroppable({ id: `day:${day}`, data: target });
  // A session dragged (or moved with Page Up / Page Down) onto this day lights its tab.
  const aimed = useDragStore(
    (s) => s.subject?.kind === 'session' && s.preview?.day === day && s.subject.origin.day !== day,
  );
  return <DayTabView day={day} count={count} aimed={aimed} setNodeRef={setNodeRef} />;
}

/**
 * The meeting's days as tabs, each with its number of sessions shown; a session dropped on a
 * tab moves to that day at the same time and room.
 */
export function DayTabs({
  days,
  counts,
}: {
  days: readonly string[];
  counts: ReadonlyMap<string, number>;
}) {
  const { t } = useTranslation();
  const day = useAgendaStore((s) => s.day);
  return (
    <Tabs
      value={day}
      onChange={(value) => value && useAgendaStore.getState().setDay(value)}
      variant="pills"
      radius="md"
      activateTabWithKeyboard
    >
      <Tabs.List aria-label={t('agenda.grid.days')}>
        {days.map((d) => (
          <DayTab key={d} day={d} count={counts.get(d) ?? 0} />
        ))}
      </Tabs.List>
    </Tabs>
  );
}
