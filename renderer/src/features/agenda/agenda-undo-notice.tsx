import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { i18next } from '../../i18n';
import { errorText } from '../../ui/errors';
import { useAgendaStore } from './agenda.store';

let seq = 0;

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
 * back. It stays ten seconds, long enough to notice a mistake.
 */
export function showAgendaUndo(message: string): void {
  const store = useAgendaStore.getState();
  const meetingId = store.meetingId;
  const step = store.agenda?.history.undo;
  if (meetingId === null || !step) return void notifications.show({ message });
  const id = `agenda-undo-${++seq}`;
  const stop = useAgendaStore.subscribe((state) => {
    if (state.agenda && !sameStep(state.agenda.history.undo, step)) {
      stop();
      notifications.hide(id);
    }
  });
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
            stop();
            notifications.hide(id);
            void undoLastEdit(meetingId);
          }}
        >
          {i18next.t('agenda.forms.undo')}
        </Button>
      </Group>
    ),
  });
}
