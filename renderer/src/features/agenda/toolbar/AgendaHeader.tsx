import { Button, Group } from '@mantine/core';
import { IconAward, IconDoor, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { useAgendaStore, useClashes } from '../agenda.store';
import { ProgrammeExportMenu } from '../ProgrammeExportMenu';
import { AddBreakButton } from './AddBreakButton';

interface Props {
  meetingId: number;
  onRooms(): void;
  onAwards(): void;
}

/** A new session on the day shown, at 09:00 for an hour, in the first room shown. */
function openNewSession(): void {
  const { agenda, day, filters, roomId, view, openNew } = useAgendaStore.getState();
  if (!agenda) return;
  const rooms = [...agenda.rooms].sort((a, b) => a.position - b.position);
  const room =
    (view === 'room' && rooms.find((r) => r.id === roomId)) ||
    rooms.find((r) => !filters.roomIds.length || filters.roomIds.includes(r.id));
  openNew({
    day: day ?? agenda.meeting.startDate,
    startMinute: 9 * 60,
    endMinute: 10 * 60,
    roomId: room ? room.id : null,
  });
}

/** The page's title and figures, and its main actions. */
export function AgendaHeader({ meetingId, onRooms, onAwards }: Props) {
  const { t } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda);
  const clashes = useClashes().length;
  const status = agenda
    ? [
        t('agenda.grid.summary.sessions', { count: agenda.sessions.length }),
        t('agenda.grid.summary.rooms', { count: agenda.rooms.length }),
        t('agenda.grid.summary.clashes', { count: clashes }),
      ].join(' · ')
    : null;
  return (
    <PageHeader
      title={t('agenda.title')}
      status={status}
      actions={
        agenda && (
          <Group gap="xs">
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openNewSession}>
              {t('agenda.grid.addSession')}
            </Button>
            <AddBreakButton />
            <Button
              variant="default"
              leftSection={<IconDoor size={16} aria-hidden />}
              onClick={onRooms}
            >
              {t('agenda.grid.manageRooms')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconAward size={16} aria-hidden />}
              onClick={onAwards}
            >
              {t('agenda.grid.awards')}
            </Button>
            <ProgrammeExportMenu meetingId={meetingId} />
          </Group>
        )
      }
    />
  );
}
