import { useMemo } from 'react';
import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatWeekday } from '../../../../../shared/domain/time';
import { useAgendaStore } from '../agenda.store';
import { dayLayout, filtersActive } from './agenda-view';
import { firstMinuteToShow } from './grid-geometry';
import { TimeGrid, type ColumnHead } from './TimeGrid';
import { useBlockTexts } from './use-block-texts';
import { useClockBands, useMeetingDays, useVisibleSessions } from './use-view-data';

/** A hint laid over an empty grid, in words (the grid itself stays usable underneath). */
export function GridHint({ title, body }: { title: string; body: string }) {
  return (
    <Paper withBorder shadow="sm" p="md" maw={420} radius="md" role="status">
      <Text fw={600}>{title}</Text>
      <Text size="sm" c="dimmed">
        {body}
      </Text>
    </Paper>
  );
}

/**
 * One day: a column per room in room order (and one for sessions without a room), sessions in
 * all rooms across them, a room closed that day shaded.
 */
export function DayView() {
  const { t, i18n } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda)!;
  const day = useAgendaStore((s) => s.day) ?? agenda.meeting.startDate;
  const filters = useAgendaStore((s) => s.filters);
  const visible = useVisibleSessions();
  const days = useMeetingDays();
  const texts = useBlockTexts();
  const bandsOf = useClockBands();

  const layout = useMemo(
    () => dayLayout(agenda.rooms, day, visible, filters),
    [agenda.rooms, day, visible, filters],
  );
  const heads: ColumnHead[] = useMemo(
    () =>
      layout.columns.map((c) => {
        const room = c.roomRecord;
        if (!room)
          return {
            title: t('agenda.grid.noRoom'),
            subtitle: t('agenda.grid.noRoomHint'),
            closed: false,
          };
        const seats =
          room.capacity === null ? '' : t('agenda.grid.seats', { count: room.capacity });
        const subtitle = c.closed
          ? t('agenda.grid.closed')
          : [seats, room.location].filter(Boolean).join(' · ');
        return { title: room.name, subtitle, closed: c.closed };
      }),
    [layout.columns, t],
  );
  const ofDay = useMemo(() => visible.filter((s) => s.day === day), [visible, day]);

  let overlay = null;
  if (agenda.sessions.length === 0)
    overlay = (
      <GridHint
        title={t('agenda.grid.empty.noSessions')}
        body={t('agenda.grid.empty.noSessionsBody')}
      />
    );
  else if (ofDay.length === 0)
    overlay = filtersActive(filters) ? (
      <GridHint
        title={t('agenda.grid.empty.dayFiltered')}
        body={t('agenda.grid.empty.dayFilteredBody')}
      />
    ) : (
      <GridHint
        title={t('agenda.grid.empty.dayEmpty')}
        body={t('agenda.grid.empty.noSessionsBody')}
      />
    );

  return (
    <TimeGrid
      label={t('agenda.grid.dayLabel', { day: formatWeekday(day, i18n.language) })}
      columns={layout.columns}
      heads={heads}
      spanning={layout.spanning}
      texts={texts}
      bandsOf={bandsOf}
      days={days}
      scrollKey={`day-${day}`}
      firstMinute={firstMinuteToShow(ofDay)}
      overlay={overlay}
    />
  );
}
