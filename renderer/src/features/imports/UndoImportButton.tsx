import { useState, type ReactNode } from 'react';
import { Button, Text, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import type { Output } from '../../../../shared/api';
import { call } from '../../lib/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { importErrorText, undoneText } from './import-messages';

interface Props extends Pick<ButtonProps, 'variant' | 'color'> {
  batchId: number;
  icon?: ReactNode;
  onUndone(result: Output<'imports.undoLast'>): void;
}

/** "Undo this import", after a confirmation: the people it added go, merged ones get their old details. */
export function UndoImportButton({ batchId, icon, onUndone, ...buttonProps }: Props) {
  const { t } = useTranslation();
  const meetingId = Number(useParams<{ id: string }>().id);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  async function undo() {
    setBusy(true);
    const reply = await call('imports.undoLast', { meetingId, batchId });
    setBusy(false);
    setOpen(false);
    if (!reply.ok) {
      notifications.show({ color: 'red', message: importErrorText(reply.error) });
      return;
    }
    notifications.show({ message: undoneText(reply.value) });
    onUndone(reply.value);
  }

  return (
    <>
      <Button leftSection={icon} onClick={() => setOpen(true)} {...buttonProps}>
        {t('imports.result.undo')}
      </Button>
      <ConfirmDialog
        opened={open}
        title={t('imports.result.undoTitle')}
        confirmLabel={t('imports.result.undoConfirm')}
        cancelLabel={t('imports.result.keep')}
        danger
        busy={busy}
        onConfirm={() => void undo()}
        onCancel={() => setOpen(false)}
      >
        <Text>{t('imports.result.undoBody')}</Text>
      </ConfirmDialog>
    </>
  );
}
