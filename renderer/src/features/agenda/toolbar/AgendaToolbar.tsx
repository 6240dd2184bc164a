import { Badge, Button, Group, SegmentedControl, Select, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SNAP_STEPS } from '../../../../../shared/domain/agenda';
import { useAgendaStore, useClashes, type AgendaView } from '../agenda.store';
import { shownRooms } from '../timetable/agenda-view';
import { AgendaFilters } from './AgendaFilters';
import { HistoryButtons } from './HistoryButtons';

const VIEWS: AgendaView[] = ['day', 'overview', 'room', 'list'];

interface Props {
  clashesOpen: boolean;
  onToggleClashes(): void;
}

/** The view switch, undo and redo, the filters, the snapping step and the clash count. */
export function AgendaToolbar({ clashesOpen, onToggleClashes }: Props) {
  const { t } = useTranslation();
  const view = useAgendaStore((s) => s.view);
  const snap = useAgendaStore((s) => s.snapMinutes);
  const clashes = useClashes().length;
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Group gap="xs" wrap="nowrap">
        <SegmentedControl
          value={view}
          onChange={(v) => useAgendaStore.getState().setView(v as AgendaView)}
          data={VIEWS.map((v) => ({ value: v, label: t(`agenda.grid.view.${v}`) }))}
          aria-label={t('agenda.grid.view.label')}
        />
        <HistoryButtons />
      </Group>
      <Group gap="xs" wrap="nowrap">
        <AgendaFilters />
        <Group gap={4} wrap="nowrap">
          <Text size="sm" c="dimmed" visibleFrom="xl" aria-hidden>
            {t('agenda.grid.snap.label')}
          </Text>
          <SegmentedControl
            size="sm"
            value={String(snap)}
            onChange={(v) => useAgendaStore.getState().setSnap(Number(v) as 5 | 15)}
            data={SNAP_STEPS.map((step) => ({
              value: String(step),
              label: t('agenda.grid.snap.minutes', { count: step }),
            }))}
            aria-label={t('agenda.grid.snap.label')}
          />
        </Group>
        <Button
          variant={clashesOpen ? 'light' : 'default'}
          color={clashes ? 'red' : undefined}
          leftSection={<IconAlertTriangle size={16} aria-hidden />}
          rightSection={
            <Badge
              size="sm"
              color={clashes ? 'red' : 'gray'}
              variant={clashes ? 'filled' : 'light'}
              aria-hidden
            >
              {clashes}
            </Badge>
          }
          aria-pressed={clashesOpen}
          aria-label={t('agenda.grid.clashes', { count: clashes })}
          onClick={onToggleClashes}
        >
          {t('agenda.grid.clashesButton')}
        </Button>
      </Group>
    </Group>
  );
}

/** The room view's room picker. */
export function RoomPicker() {
  const { t } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda);
  const filters = useAgendaStore((s) => s.filters);
  const roomId = useAgendaStore((s) => s.roomId);
  if (!agenda) return null;
  const rooms = shownRooms(agenda.rooms, filters);
  const current = rooms.find((r) => r.id === roomId) ?? rooms[0];
  return (
    <Select
      aria-label={t('agenda.grid.room')}
      data={rooms.map((r) => ({ value: String(r.id), label: r.name }))}
      value={current ? String(current.id) : null}
      onChange={(v) => v && useAgendaStore.getState().setRoom(Number(v))}
      allowDeselect={false}
      w={280}
      size="sm"
    />
  );
}
