import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { i18next } from '../../i18n';
import { errorText } from '../../ui/errors';
import { useAgendaStore } from './agenda.store';

let seq = 0;
/** The notices still offering Undo: only the newest may, as Undo takes back the latest edit. */
const open = new Map<string, () => void>();

type Step = { action: string; subject: string } | null | undefined;

const sameStep = (a: Step, b: Step) =>
  a?.action === b?.action && a?.subject === b?.subject && (a === null) === (b === null);

/** Undoes the meeting's last agenda edit; a refusal (changed since) is said in plain words. */
export async function undoLastEdit(meetingId: number): Promise<void> {
  const result = await useAgendaStore.getState().edit('agenda.undo', { meetingId });
  notifications.show(
    result.ok
      ? { message: i18next.t('agenda.forms.undone') }
      : { color: 'red', autoClose: 10_000, message: errorText(result.error) },
  );
}

/**
 * Says what an agenda edit just did ("“Coffee break” deleted") with an Undo button. The button
 * undoes that edit only: the message goes as soon as another edit becomes the one Undo would take
 * back (a newer notice, or an edit elsewhere seen in the agenda's history). It stays ten seconds,
 * long enough to notice a mistake.
 */
export function showAgendaUndo(message: string): void {
  const store = useAgendaStore.getState();
  const meetingId = store.meetingId;
  const step = store.agenda?.history.undo;
  if (meetingId === null || !step) return void notifications.show({ message });
  for (const close of [...open.values()]) close();
  const id = `agenda-undo-${++seq}`;
  const unsubscribe = useAgendaStore.subscribe((state) => {
    if (state.agenda && !sameStep(state.agenda.history.undo, step)) close();
  });
  function stop() {
    unsubscribe();
    open.delete(id);
  }
  function close() {
    stop();
    notifications.hide(id);
  }
  open.set(id, close);
  notifications.show({
    id,
    color: 'green',
    autoClose: 10_000,
    onClose: stop,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            close();
            void undoLastEdit(meetingId);
          }}
        >
          {i18next.t('agenda.forms.undo')}
        </Button>
      </Group>
    ),
  });
}
