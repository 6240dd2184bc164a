import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  Radio,
  ScrollArea,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../../../shared/api';
import { formatMinute, type Room } from '../../../../shared/domain/agenda';
import { formatShortWeekday } from '../../../../shared/domain/time';
import { useAgendaStore } from './agenda.store';
import { refusalText } from './agenda-errors';
import { showAgendaUndo } from './agenda-undo-notice';

type Strategy = 'unassign' | 'move' | 'delete';

interface Props {
  agenda: Agenda;
  room: Room;
  onClose(): void;
}

/**
 * Deleting a room that still holds sessions: lists them and asks what becomes of them (out of any
 * room, moved to another room, or deleted with it). The deletion is undoable either way.
 */
export function DeleteRoomDialog({ agenda, room, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const edit = useAgendaStore((s) => s.edit);
  const [strategy, setStrategy] = useState<Strategy>('unassign');
  const [target, setTarget] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inRoom = agenda.sessions
    .filter((s) => s.roomId === room.id && !s.allRooms)
    .sort((a, b) => a.day.localeCompare(b.day) || a.startMinute - b.startMinute);
  const others = agenda.rooms.filter((r) => r.id !== room.id);
  const needsTarget = strategy === 'move' && target === null;

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await edit('agenda.deleteRoom', {
      id: room.id,
      sessions: strategy,
      moveToRoomId: strategy === 'move' ? Number(target) : null,
    });
    setBusy(false);
    if (!result.ok) return setError(refusalText(result.error));
    showAgendaUndo(t('agenda.forms.rooms.deleted', { name: room.name }));
    onClose();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('agenda.forms.rooms.deleteTitle', { name: room.name })}
      size="lg"
    >
      <Stack gap="md">
        <Text>{t('agenda.forms.rooms.stillUsed', { count: inRoom.length, name: room.name })}</Text>
        <ScrollArea.Autosize mah={200} type="auto">
          <List size="sm" spacing={4} aria-label={t('agenda.forms.rooms.sessionsInRoom')}>
            {inRoom.map((s) => (
              <List.Item key={s.id}>
                {`${formatShortWeekday(s.day, i18n.language)} ${formatMinute(s.startMinute)}–${formatMinute(s.endMinute)} · ${s.title}`}
              </List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
        <Radio.Group
          label={t('agenda.forms.rooms.whatToDo', { count: inRoom.length })}
          value={strategy}
          onChange={(v) => setStrategy(v as Strategy)}
        >
          <Stack gap="xs" mt="xs">
            <Radio
              value="unassign"
              label={t('agenda.forms.rooms.unassign', { count: inRoom.length })}
            />
            <Radio
              value="move"
              label={t('agenda.forms.rooms.move', { count: inRoom.length })}
              disabled={others.length === 0}
            />
            {strategy === 'move' && (
              <Select
                ms="xl"
                maw={320}
                label={t('agenda.forms.rooms.moveTo')}
                placeholder={t('agenda.forms.rooms.chooseRoom')}
                data={others.map((r) => ({ value: String(r.id), label: r.name }))}
                value={target}
                onChange={setTarget}
              />
            )}
            <Radio
              value="delete"
              label={t('agenda.forms.rooms.deleteSessions', { count: inRoom.length })}
            />
          </Stack>
        </Radio.Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} disabled={needsTarget} onClick={() => void confirm()}>
            {t('agenda.forms.rooms.deleteConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
