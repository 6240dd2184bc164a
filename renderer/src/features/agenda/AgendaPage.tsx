import { useState } from 'react';
import { Button, Group, Loader, Stack, Title } from '@mantine/core';
import { IconDoor, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { useAgenda } from './agenda.store';
import { AwardsSection } from './AwardsSection';
import { ClashList } from './ClashList';
import { RoomsDialog } from './RoomsDialog';
import { SessionList } from './SessionList';
import { SessionPanel, type SessionPanelProps } from './SessionPanel';

/**
 * The meeting's programme: timetable, list, clashes and awards.
 *
 * TEMPORARY MOUNT (forms branch): the list, clash list, awards, rooms dialog and session panel
 * placed side by side so the forms' end-to-end tests can reach them before the grid's page lands.
 * The grid's AgendaPage replaces this file; it keeps the buttons "New session" and "Rooms, tracks
 * and colours" (agenda.forms.newSession / agenda.forms.openRooms) or the forms' page object adapts.
 */
export function AgendaPage() {
  const { t } = useTranslation();
  const meetingId = Number(useParams<{ id: string }>().id);
  const agenda = useAgenda(meetingId);
  const [panel, setPanel] = useState<SessionPanelProps['session'] | null>(null);
  const [roomsOpen, setRoomsOpen] = useState(false);
  const open = (id: number) => setPanel({ kind: 'existing', id });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('agenda.title')}</Title>
        {agenda && (
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconDoor size={16} aria-hidden />}
              onClick={() => setRoomsOpen(true)}
            >
              {t('agenda.forms.openRooms')}
            </Button>
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() =>
                setPanel({
                  kind: 'new',
                  day: agenda.meeting.startDate,
                  startMinute: 9 * 60,
                  endMinute: 10 * 60,
                  roomId: agenda.rooms[0]?.id ?? null,
                })
              }
            >
              {t('agenda.forms.newSession')}
            </Button>
          </Group>
        )}
      </Group>
      {!agenda && <Loader aria-label={t('common.loading')} />}
      {agenda && (
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: panel ? 'minmax(0, 1fr) 460px' : 'minmax(0, 1fr)',
            gap: 'var(--mantine-spacing-md)',
            alignItems: 'start',
          }}
        >
          <Stack>
            <SessionList onOpen={open} />
            <ClashList onJump={open} />
            <AwardsSection onOpenSession={open} />
          </Stack>
          {panel && (
            <div style={{ position: 'sticky', top: 72, height: 'calc(100dvh - 150px)' }}>
              <SessionPanel session={panel} onClose={() => setPanel(null)} onCreated={open} />
            </div>
          )}
        </div>
      )}
      <RoomsDialog opened={roomsOpen} onClose={() => setRoomsOpen(false)} />
    </Stack>
  );
}
