import { useState } from 'react';
import { Modal, Tabs } from '@mantine/core';
import { IconDoor, IconPalette, IconTags } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../shared/domain/agenda';
import { useAgendaStore } from './agenda.store';
import { refusalText } from './agenda-errors';
import { showAgendaUndo } from './agenda-undo-notice';
import { DeleteRoomDialog } from './DeleteRoomDialog';
import { RoomsTab } from './RoomsTab';
import { TracksTab } from './TracksTab';
import { TypeColoursTab } from './TypeColoursTab';

/** Rooms, tracks and type colours of the meeting. */
export interface RoomsDialogProps {
  opened: boolean;
  onClose(): void;
  /** The tab shown when it opens (rooms unless said). */
  initialTab?: 'rooms' | 'tracks' | 'colours';
}

/** Everything the timetable is laid out with: rooms (in column order), tracks, type colours. */
export function RoomsDialog({ opened, onClose, initialTab = 'rooms' }: RoomsDialogProps) {
  const { t } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda);
  const edit = useAgendaStore((s) => s.edit);
  const [tab, setTab] = useState<string | null>(initialTab);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [dragging, setDragging] = useState(false);
  const [deleting, setDeleting] = useState<Room | null>(null);

  async function deleteRoom(room: Room) {
    const used = agenda?.sessions.some((s) => s.roomId === room.id && !s.allRooms);
    if (used) return setDeleting(room);
    const result = await edit('agenda.deleteRoom', { id: room.id });
    if (result.ok) showAgendaUndo(t('agenda.forms.rooms.deleted', { name: room.name }));
    // Sessions placed in it meanwhile (another window): ask as if they had been there.
    else if (result.error.code === 'conflict') setDeleting(room);
    else notifications.show({ color: 'red', message: refusalText(result.error) });
  }

  return (
    <>
      <Modal
        opened={opened && agenda !== null}
        onClose={onClose}
        title={t('agenda.forms.rooms.dialogTitle')}
        size="xl"
        // Escape belongs to what is on top: a drag to cancel, a room form, the delete question.
        closeOnEscape={!dragging && editing === null && deleting === null}
      >
        {agenda && (
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="rooms" leftSection={<IconDoor size={16} aria-hidden />}>
                {t('agenda.forms.rooms.tab', { count: agenda.rooms.length })}
              </Tabs.Tab>
              <Tabs.Tab value="tracks" leftSection={<IconTags size={16} aria-hidden />}>
                {t('agenda.forms.tracks.tab', { count: agenda.tracks.length })}
              </Tabs.Tab>
              <Tabs.Tab value="colours" leftSection={<IconPalette size={16} aria-hidden />}>
                {t('agenda.forms.colours.tab')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="rooms">
              <RoomsTab
                agenda={agenda}
                editing={editing}
                onEditing={setEditing}
                onDragging={setDragging}
                onDelete={(room) => void deleteRoom(room)}
              />
            </Tabs.Panel>
            <Tabs.Panel value="tracks">
              <TracksTab agenda={agenda} />
            </Tabs.Panel>
            <Tabs.Panel value="colours">
              <TypeColoursTab agenda={agenda} />
            </Tabs.Panel>
          </Tabs>
        )}
      </Modal>
      {deleting && agenda && (
        <DeleteRoomDialog agenda={agenda} room={deleting} onClose={() => setDeleting(null)} />
      )}
    </>
  );
}
