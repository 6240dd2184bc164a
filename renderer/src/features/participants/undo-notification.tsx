import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

let seq = 0;

/**
 * A success message with an Undo button. It stays ten seconds, long enough to notice a mistake;
 * the button hides the message first so it cannot be pressed twice.
 */
export function showUndoable(message: string, undoLabel: string, undo: () => void): void {
  const id = `undo-${++seq}`;
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
            undo();
          }}
        >
          {undoLabel}
        </Button>
      </Group>
    ),
  });
}
