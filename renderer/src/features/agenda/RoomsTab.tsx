import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconEdit, IconGripVertical, IconPlus, IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Agenda } from '../../../../shared/api';
import type { Room } from '../../../../shared/domain/agenda';
import { formatShortWeekday } from '../../../../shared/domain/time';
import { useAgendaStore } from './agenda.store';
import { refusalText } from './agenda-errors';
import { showAgendaUndo } from './agenda-undo-notice';
import { RoomForm } from './RoomForm';
import classes from './agenda-forms.module.css';

interface Props {
  agenda: Agenda;
  /** Which room's form is open ('new' for the add form), so the dialog leaves Escape to it. */
  editing: number | 'new' | null;
  onEditing(editing: number | 'new' | null): void;
  onDragging(dragging: boolean): void;
  onDelete(room: Room): void;
}

/** One room in the ordered list: its handle (mouse or keyboard), what it is, Edit and Delete. */
function SortableRoom({
  room,
  sessions,
  onEdit,
  onDelete,
}: {
  room: Room;
  sessions: number;
  onEdit(): void;
  onDelete(): void;
}) {
  const { t, i18n } = useTranslation();
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: room.id });
  return (
    <Paper
      withBorder
      p="xs"
      ref={setNodeRef}
      component="li"
      className={classes.roomRow}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <Group wrap="nowrap" gap="sm">
        <ActionIcon
          variant="subtle"
          color="gray"
          ref={setActivatorNodeRef}
          className={classes.dragHandle}
          aria-label={t('agenda.forms.rooms.reorder', { name: room.name })}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={18} aria-hidden />
        </ActionIcon>
        <Stack gap={2} flex={1} miw={0}>
          <Group gap="xs" wrap="nowrap">
            <Text fw={600} truncate>
              {room.name}
            </Text>
            {room.capacity !== null && (
              <Badge variant="light" color="gray" size="sm">
                {t('agenda.session.room.seats', { count: room.capacity })}
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            {room.location && (
              <Text size="xs" c="dimmed">
                {room.location}
              </Text>
            )}
            {room.closedDays.map((d) => (
              <Badge key={d} size="xs" color="red" variant="outline">
                {t('agenda.forms.rooms.closedOn', { day: formatShortWeekday(d, i18n.language) })}
              </Badge>
            ))}
            <Text size="xs" c="dimmed">
              {t('agenda.forms.rooms.sessionCount', { count: sessions })}
            </Text>
          </Group>
        </Stack>
        <Tooltip label={t('common.edit')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('agenda.forms.rooms.editNamed', { name: room.name })}
            onClick={onEdit}
          >
            <IconEdit size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('common.delete')}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('agenda.forms.rooms.deleteNamed', { name: room.name })}
            onClick={onDelete}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}

/** The meeting's rooms in the grid's column order: reorder by drag or keyboard, add, edit, delete. */
export function RoomsTab({ agenda, editing, onEditing, onDragging, onDelete }: Props) {
  const { t } = useTranslation();
  const edit = useAgendaStore((s) => s.edit);
  // The order just dropped, shown until the backend's answer replaces it, so nothing jumps back.
  const [dropped, setDropped] = useState<number[] | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const byId = new Map(agenda.rooms.map((r) => [r.id, r]));
  const rooms = dropped
    ? dropped.map((id) => byId.get(id)).filter((r): r is Room => r !== undefined)
    : agenda.rooms;
  const ids = rooms.map((r) => r.id);
  const sessionsIn = (id: number) =>
    agenda.sessions.filter((s) => s.roomId === id && !s.allRooms).length;

  const nameOf = (id: UniqueIdentifier) => byId.get(Number(id))?.name ?? '';
  const position = (id: UniqueIdentifier | undefined) => ids.indexOf(Number(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('agenda.forms.rooms.dnd.start', {
        name: nameOf(active.id),
        position: position(active.id),
        total: ids.length,
      }),
    onDragOver: ({ active, over }) =>
      over
        ? t('agenda.forms.rooms.dnd.over', {
            name: nameOf(active.id),
            position: position(over.id),
            total: ids.length,
          })
        : undefined,
    onDragEnd: ({ active, over }) =>
      t('agenda.forms.rooms.dnd.end', {
        name: nameOf(active.id),
        position: position(over?.id ?? active.id),
        total: ids.length,
      }),
    onDragCancel: ({ active }) => t('agenda.forms.rooms.dnd.cancel', { name: nameOf(active.id) }),
  };

  async function drop({ active, over }: DragEndEvent) {
    onDragging(false);
    if (!over || active.id === over.id) return;
    const order = arrayMove(ids, ids.indexOf(Number(active.id)), ids.indexOf(Number(over.id)));
    setDropped(order);
    const result = await edit('agenda.reorderRooms', {
      meetingId: agenda.meeting.id,
      roomIds: order,
    });
    setDropped(null);
    if (!result.ok) notifications.show({ color: 'red', message: refusalText(result.error) });
    else showAgendaUndo(t('agenda.forms.rooms.reordered'));
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('agenda.forms.rooms.hint')}
      </Text>
      {rooms.length === 0 && editing !== 'new' && (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t('agenda.forms.rooms.none')}
        </Text>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('agenda.forms.rooms.dnd.instructions') },
        }}
        onDragStart={() => onDragging(true)}
        onDragCancel={() => onDragging(false)}
        onDragEnd={(e) => void drop(e)}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <Stack
            component="ul"
            gap="xs"
            className={classes.roomList}
            aria-label={t('agenda.forms.rooms.listLabel')}
          >
            {rooms.map((room) =>
              editing === room.id ? (
                <li key={room.id}>
                  <RoomForm
                    meetingId={agenda.meeting.id}
                    meeting={agenda.meeting}
                    room={room}
                    onDone={() => onEditing(null)}
                  />
                </li>
              ) : (
                <SortableRoom
                  key={room.id}
                  room={room}
                  sessions={sessionsIn(room.id)}
                  onEdit={() => onEditing(room.id)}
                  onDelete={() => onDelete(room)}
                />
              ),
            )}
          </Stack>
        </SortableContext>
      </DndContext>
      {editing === 'new' ? (
        <RoomForm
          meetingId={agenda.meeting.id}
          meeting={agenda.meeting}
          room={null}
          onDone={() => onEditing(null)}
        />
      ) : (
        <div>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => onEditing('new')}
          >
            {t('agenda.forms.rooms.add')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
