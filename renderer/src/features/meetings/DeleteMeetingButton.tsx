import { useState, type ReactNode } from 'react';
import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Meeting } from '../../../../shared/domain/meeting';
import { call } from '../../lib/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errors';

export function DeleteMeetingButton(props: {
  meeting: Meeting;
  childCount: number;
  icon: ReactNode;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const { meeting } = props;

  async function confirm() {
    setBusy(true);
    const result = await call('meetings.delete', { id: meeting.id });
    setBusy(false);
    setOpen(false);
    if (!result.ok) {
      notifications.show({ color: 'red', message: errorText(result.error) });
      return;
    }
    notifications.show({
      color: 'green',
      message: t('meetings.delete.done', { title: meeting.title }),
    });
    navigate('/meetings');
  }

  return (
    <>
      <Button color="red" variant="light" leftSection={props.icon} onClick={() => setOpen(true)}>
        {t('common.delete')}
      </Button>
      <ConfirmDialog
        opened={open}
        title={t('meetings.delete.title')}
        confirmLabel={t('meetings.delete.confirm')}
        danger
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <Text>{t('meetings.delete.body', { title: meeting.title })}</Text>
        {props.childCount > 0 && (
          <Text c="dimmed">{t('meetings.delete.childrenNote', { count: props.childCount })}</Text>
        )}
      </ConfirmDialog>
    </>
  );
}
