/**
 * The timetable's edits: move (optimistic, rolled back with the reason when refused), duplicate,
 * delete with undo, undo and redo. Each tells the organiser what happened in a notification.
 */
import type { KeyboardEvent } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ApiError } from '../../../../../shared/api';
import { MINUTES_PER_DAY } from '../../../../../shared/domain/agenda';
import { i18next, translateMessage } from '../../../i18n';
import { errorText } from '../../../ui/errors';
import { useAgendaStore } from '../agenda.store';
import { useDragStore } from './drag.store';
import type { Placement } from './placement';
import { historyText } from './session-text';

/**
 * The sentence for a refused edit: the first field's reason when the backend gave one (a time
 * the clocks skip, a room deleted meanwhile), else the error's own message.
 */
export function editErrorText(error: ApiError): string {
  const issue = error.issues?.[0];
  if (!issue) return errorText(error);
  const params = issue.params
    ? Object.fromEntries(Object.entries(issue.params).map(([k, v]) => [k, String(v)]))
    : undefined;
  return translateMessage(issue.message, params);
}

function showError(title: string, error: ApiError): void {
  notifications.show({ color: 'red', title, message: editErrorText(error), autoClose: 10_000 });
}

let seq = 0;

/** A message with one button (Undo), gone after ten seconds or when the button is pressed. */
function showWithAction(message: string, actionLabel: string, action: () => void): void {
  const id = `agenda-${++seq}`;
  notifications.show({
    id,
    color: 'green',
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            action();
          }}
        >
          {actionLabel}
        </Button>
      </Group>
    ),
  });
}

/** Puts keyboard focus on a session's block once it is drawn (after a move to another day), in view. */
export function focusSession(sessionId: number, where: ScrollLogicalPosition = 'nearest'): void {
  requestAnimationFrame(() => {
    const block = document.querySelector<HTMLElement>(`[data-session-id="${sessionId}"]`);
    block?.focus({ preventScroll: true });
    block?.scrollIntoView({ block: where, inline: where });
  });
}

/**
 * Moves a session (drag or keyboard drop). The day view follows a session moved to another day;
 * the block is at its new place at once and goes back if the backend refuses.
 */
export async function commitMove(sessionId: number, to: Placement, follow: boolean): Promise<void> {
  const store = useAgendaStore.getState();
  const title = store.agenda?.sessions.find((s) => s.id === sessionId)?.title ?? '';
  if (follow && store.view === 'day' && store.day !== to.day) store.setDay(to.day);
  const result = await store.moveSession({ id: sessionId, ...to });
  if (!result.ok) showError(i18next.t('agenda.grid.moveRefused', { title }), result.error);
}

/** Undoes the last agenda edit; a stale one is explained (and forgotten by the backend). */
export async function undo(): Promise<void> {
  const { meetingId, agenda, edit } = useAgendaStore.getState();
  if (meetingId === null || !agenda?.history.undo) return;
  const what = historyText(agenda.history.undo, i18next.t);
  const result = await edit('agenda.undo', { meetingId });
  if (result.ok)
    notifications.show({ message: i18next.t('agenda.grid.undone', { what }), autoClose: 4000 });
  else {
    showError(i18next.t('agenda.grid.undoRefused'), result.error);
    // A stale edit is forgotten by the backend: the next undo goes one further back.
    void useAgendaStore.getState().load(meetingId);
  }
}

export async function redo(): Promise<void> {
  const { meetingId, agenda, edit } = useAgendaStore.getState();
  if (meetingId === null || !agenda?.history.redo) return;
  const what = historyText(agenda.history.redo, i18next.t);
  const result = await edit('agenda.redo', { meetingId });
  if (result.ok)
    notifications.show({ message: i18next.t('agenda.grid.redone', { what }), autoClose: 4000 });
  else {
    showError(i18next.t('agenda.grid.redoRefused'), result.error);
    void useAgendaStore.getState().load(meetingId);
  }
}

/**
 * A copy of the session (people included) right after it in the same room when the day has
 * room for it, else at the same time; the copy is selected and focused.
 */
export async function duplicateSession(sessionId: number): Promise<void> {
  const store = useAgendaStore.getState();
  const s = store.agenda?.sessions.find((x) => x.id === sessionId);
  if (!s) return;
  const length = s.endMinute - s.startMinute;
  const startMinute = s.endMinute + length <= MINUTES_PER_DAY ? s.endMinute : s.startMinute;
  const result = await store.edit('agenda.duplicateSession', { id: s.id, startMinute });
  if (!result.ok) return showError(i18next.t('agenda.grid.duplicateRefused'), result.error);
  useAgendaStore.getState().select(result.value.id);
  focusSession(result.value.id);
  notifications.show({
    color: 'green',
    message: i18next.t('agenda.grid.duplicated', { title: s.title }),
    autoClose: 4000,
  });
}

/** Deletes a session, with Undo in the message (which undoes it only if it is still the last edit). */
export async function deleteSession(sessionId: number): Promise<void> {
  const store = useAgendaStore.getState();
  const s = store.agenda?.sessions.find((x) => x.id === sessionId);
  if (!s) return;
  const result = await store.edit('agenda.deleteSession', { id: s.id });
  if (!result.ok) return showError(i18next.t('agenda.grid.deleteRefused'), result.error);
  if (store.selectedSessionId === s.id) useAgendaStore.getState().select(null);
  showWithAction(
    i18next.t('agenda.grid.deleted', { title: s.title }),
    i18next.t('agenda.grid.undo'),
    () => {
      const last = useAgendaStore.getState().agenda?.history.undo;
      if (last?.action === 'deleteSession' && last.subject === s.title) void undo();
      else notifications.show({ color: 'yellow', message: i18next.t('agenda.grid.undoNotLast') });
    },
  );
}

/** ⌘ on a Mac, Ctrl elsewhere: the modifier of the editing shortcuts. */
export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** A focused session's keys: Enter opens the panel, Delete deletes (with undo), Ctrl/⌘+D duplicates. */
export function handleSessionKey(event: KeyboardEvent, sessionId: number): void {
  if (useDragStore.getState().subject) return;
  const mod = isMac() ? event.metaKey : event.ctrlKey;
  if (event.key === 'Enter') {
    event.preventDefault();
    useAgendaStore.getState().select(sessionId);
  } else if (event.key === 'Delete' || (event.key === 'Backspace' && isMac())) {
    event.preventDefault();
    void deleteSession(sessionId);
  } else if (mod && !event.shiftKey && event.key.toLowerCase() === 'd') {
    event.preventDefault();
    void duplicateSession(sessionId);
  }
}
