import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortWeekday } from '../../../../../shared/domain/time';
import { useAgendaStore } from '../agenda.store';
import { roomLayout, shownRooms } from './agenda-view';
import { firstMinuteToShow } from './grid-geometry';
import { GridHint } from './DayView';
import { TimeGrid, type ColumnHead } from './TimeGrid';
import { useBlockTexts } from './use-block-texts';
import { useClockBands, useMeetingDays, useVisibleSessions } from './use-view-data';

/** One room's schedule: the meeting's days as columns, its sessions and those in all rooms. */
export function RoomView() {
  const { t, i18n } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda)!;
  const roomId = useAgendaStore((s) => s.roomId);
  const filters = useAgendaStore((s) => s.filters);
  const visible = useVisibleSessions();
  const days = useMeetingDays();
  const texts = useBlockTexts();
  const bandsOf = useClockBands();
  const rooms = shownRooms(agenda.rooms, filters);
  const room = rooms.find((r) => r.id === roomId) ?? rooms[0] ?? agenda.rooms[0];

  const columns = useMemo(
    () => (room ? roomLayout(room, days, visible) : []),
    [room, days, visible],
  );
  const heads: ColumnHead[] = useMemo(
    () =>
      columns.map((c) => ({
        title: formatShortWeekday(c.day, i18n.language),
        subtitle: c.closed
          ? t('agenda.grid.closed')
          : t('agenda.grid.sessionCount', { count: c.sessions.length }),
        closed: c.closed,
      })),
    [columns, t, i18n.language],
  );
  if (!room) return null;
  const all = columns.flatMap((c) => c.sessions);
  return (
    <TimeGrid
      label={t('agenda.grid.roomLabel', { room: room.name })}
      columns={columns}
      heads={heads}
      spanning={null}
      texts={texts}
      bandsOf={bandsOf}
      days={days}
      scrollKey={`room-${room.id}`}
      firstMinute={firstMinuteToShow(all)}
      overlay={
        all.length === 0 ? (
          <GridHint
            title={t('agenda.grid.empty.roomEmpty', { room: room.name })}
            body={t('agenda.grid.empty.noSessionsBody')}
          />
        ) : null
      }
    />
  );
}
