import { Group, Kbd, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAgendaStore } from '../agenda.store';
import { useDragStore } from './drag.store';
import { isMac } from './session-actions';
import { placeText } from './session-text';

/** While dragging: where the session would land, in words (seen as well as heard). */
function DragStatus() {
  const { t, i18n } = useTranslation();
  const subject = useDragStore((s) => s.subject);
  const preview = useDragStore((s) => s.preview);
  const agenda = useAgendaStore((s) => s.agenda);
  if (!subject || !preview || !agenda) return null;
  const title = subject.kind === 'session' ? subject.title : t('agenda.grid.newSession');
  return (
    <Text
      size="sm"
      fw={600}
      c="var(--mantine-primary-color-filled)"
      truncate="end"
      data-testid="drag-status"
    >
      {t('agenda.grid.dragStatus', { title, place: placeText(preview, agenda, t, i18n.language) })}
    </Text>
  );
}

/** Under the timetable, as in a desktop app: what a drag is doing, and the keys that work. */
export function KeyHints() {
  const { t } = useTranslation();
  const view = useAgendaStore((s) => s.view);
  const dragging = useDragStore((s) => s.subject !== null);
  if (view === 'list') return null;
  const mod = isMac() ? '⌘' : 'Ctrl';
  if (dragging)
    return (
      <Group px={4} wrap="nowrap" mih={22}>
        <DragStatus />
      </Group>
    );
  return (
    <Group justify="flex-end" gap="xs" px={4} wrap="nowrap" mih={22}>
      <Text
        size="xs"
        c="dimmed"
        visibleFrom="md"
        aria-hidden
        ms="auto"
        style={{ whiteSpace: 'nowrap' }}
      >
        <Kbd size="xs">{t('agenda.grid.keys.space')}</Kbd> {t('agenda.grid.keys.pickUp')} ·{' '}
        <Kbd size="xs">↑</Kbd>
        <Kbd size="xs">↓</Kbd> {t('agenda.grid.keys.time')} · <Kbd size="xs">←</Kbd>
        <Kbd size="xs">→</Kbd> {t('agenda.grid.keys.room')} · <Kbd size="xs">⇧</Kbd>+
        <Kbd size="xs">↑↓</Kbd> {t('agenda.grid.keys.length')} · <Kbd size="xs">PgUp</Kbd>
        <Kbd size="xs">PgDn</Kbd> {t('agenda.grid.keys.day')} ·{' '}
        <Kbd size="xs">{t('agenda.grid.keys.enter')}</Kbd> {t('agenda.grid.keys.open')} ·{' '}
        <Kbd size="xs">{mod}+D</Kbd> {t('agenda.grid.keys.duplicate')}
      </Text>
    </Group>
  );
}
