import { useState } from 'react';
import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api';
import { call } from '../../lib/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errors';
import { i18next } from '../../i18n';
import { useParticipantsStore } from './participants.store';
import { formatCount } from './participant-view';
import { showUndoable } from './undo-notification';

type Removed = Output<'registrations.delete'>['removed'];

function counted(key: string, count: number): string {
  return i18next.t(key, { count, formatted: formatCount(count, i18next.language) });
}

/** Puts the removed registrations back exactly as they were, ids and history included. */
async function restore(removed: Removed): Promise<void> {
  const result = await call('registrations.restore', { removed });
  void useParticipantsStore.getState().load();
  notifications.show(
    result.ok
      ? { message: counted('participants.remove.undone', result.value.restored) }
      : { color: 'red', message: errorText(result.error) },
  );
}

/**
 * Asks before taking registrations out of this meeting, says that the people themselves stay,
 * and offers Undo afterwards. `ids` null keeps the dialog closed.
 */
export function RemoveParticipantsDialog({
  ids,
  onClose,
}: {
  ids: readonly number[] | null;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const count = ids?.length ?? 0;

  async function remove(wanted: readonly number[]) {
    setBusy(true);
    const result = await call('registrations.delete', { ids: [...wanted] });
    setBusy(false);
    onClose();
    if (!result.ok) {
      notifications.show({ color: 'red', message: errorText(result.error) });
      return;
    }
    const { removed, deleted } = result.value;
    // Out of the table at once; the refetch the change event triggers confirms it.
    useParticipantsStore.getState().dropRows(new Set(removed.map((r) => r.id)));
    showUndoable(
      counted('participants.remove.done', deleted),
      t('participants.bulk.undo'),
      () => void restore(removed),
    );
  }

  return (
    <ConfirmDialog
      opened={ids !== null}
      title={t('participants.remove.title')}
      confirmLabel={t('participants.remove.confirm')}
      danger
      busy={busy}
      onCancel={onClose}
      onConfirm={() => ids && void remove(ids)}
    >
      <Text>
        {t('participants.remove.body', { count, formatted: formatCount(count, i18n.language) })}
      </Text>
      <Text c="dimmed" size="sm">
        {t('participants.remove.keeps', { count })}
      </Text>
    </ConfirmDialog>
  );
}
