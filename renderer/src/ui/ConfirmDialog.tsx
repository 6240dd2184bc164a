import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** What staying put is called, when "Cancel" would be ambiguous ("Keep editing"). */
  cancelLabel?: string;
  danger?: boolean;
  busy?: boolean;
  /** Wider than the default when the question lists things (the sessions a removal affects). */
  size?: string;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before a destructive action; Cancel has the focus so Enter never destroys by accident. */
export function ConfirmDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onCancel}
      title={props.title}
      size={props.size}
      centered
    >
      <Stack>
        {props.children}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel} data-autofocus>
            {props.cancelLabel ?? t('common.cancel')}
          </Button>
          <Button
            color={props.danger ? 'red' : undefined}
            loading={props.busy}
            onClick={props.onConfirm}
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
