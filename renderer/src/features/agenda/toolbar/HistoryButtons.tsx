import { useEffect } from 'react';
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAgendaStore } from '../agenda.store';
import { useDragStore } from '../timetable/drag.store';
import { isMac, redo, undo } from '../timetable/session-actions';
import { historyText } from '../timetable/session-text';

/** Focus in a field that has its own undo (typing), where Ctrl+Z must not undo agenda edits. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(
      target.type,
    );
  return false;
}

/**
 * Ctrl+Z undoes the last agenda edit, Ctrl+Y or Ctrl+Shift+Z redoes it (⌘ on a Mac), unless the
 * focus is in a text field (typing keeps its own undo) or a session is being moved.
 */
export function useHistoryShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = isMac() ? event.metaKey : event.ctrlKey;
      if (!mod || event.altKey || event.defaultPrevented || inTextField(event.target)) return;
      if (useDragStore.getState().subject) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void undo();
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Undo and redo, each named with what it would take back ("Undo move of “Opening plenary”"). */
export function HistoryButtons() {
  const { t } = useTranslation();
  const history = useAgendaStore((s) => s.agenda?.history);
  const mod = isMac() ? '⌘' : 'Ctrl+';
  const undoLabel = history?.undo
    ? t('agenda.grid.undoNamed', { what: historyText(history.undo, t) })
    : t('agenda.grid.nothingToUndo');
  const redoLabel = history?.redo
    ? t('agenda.grid.redoNamed', { what: historyText(history.redo, t) })
    : t('agenda.grid.nothingToRedo');
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={`${undoLabel} (${mod}Z)`} withArrow>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={undoLabel}
          disabled={!history?.undo}
          onClick={() => void undo()}
        >
          <IconArrowBackUp size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={`${redoLabel} (${mod}Y)`} withArrow>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={redoLabel}
          disabled={!history?.redo}
          onClick={() => void redo()}
        >
          <IconArrowForwardUp size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
