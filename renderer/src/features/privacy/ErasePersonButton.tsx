import { useEffect, useState } from 'react';
import { Alert, Button, Group, List, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrashX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ApiError, Output } from '../../../../shared/api';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { IrreversibleConfirmation } from './IrreversibleConfirmation';

type Preview = Output<'privacy.erasurePreview'>;

/** "Delete this person everywhere", after listing everything that goes with them. */
export function ErasePersonButton({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="outline"
        color="red"
        leftSection={<IconTrashX size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('privacy.erase.button')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('privacy.erase.title')}
        size="lg"
      >
        {open && <EraseBody personId={personId} onClose={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

function Section({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <List size="sm">
        {items.map((item, i) => (
          <List.Item key={i}>{item}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

function EraseBody({ personId, onClose }: { personId: number; onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('privacy.erasurePreview', { personId }).then((r) =>
      r.ok ? setPreview(r.value) : setError(r.error),
    );
  }, [personId]);

  async function erase() {
    setBusy(true);
    const reply = await call('privacy.erasePerson', { personId });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    notifications.show({
      color: 'green',
      message: [
        t('privacy.erase.done', { name: preview?.name ?? '' }),
        reply.value.backup ? t('privacy.backupMade') : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
    onClose();
    navigate('/people');
  }

  if (!preview) return error ? <Alert color="red">{errorText(error)}</Alert> : <Loader />;
  const nothingElse =
    preview.registrations.length + preview.sessionRoles.length + preview.awards.length === 0;
  return (
    <Stack>
      {error && (
        <Alert color="red" role="alert">
          {errorText(error)}
        </Alert>
      )}
      <Text>{t('privacy.erase.intro', { name: preview.name })}</Text>
      <Section
        title={t('privacy.erase.registrations', { count: preview.registrations.length })}
        items={preview.registrations.map((r) =>
          t('privacy.erase.registrationLine', {
            meeting: r.meetingTitle,
            role: t(`role.${r.role}`),
            status: t(`status.${r.status}`),
          }),
        )}
      />
      <Section
        title={t('privacy.erase.sessionRoles', { count: preview.sessionRoles.length })}
        items={preview.sessionRoles.map((s) =>
          t('privacy.erase.sessionLine', {
            session: s.sessionTitle,
            meeting: s.meetingTitle,
            role: t(`agenda.personRole.${s.role}`),
          }),
        )}
      />
      <Section
        title={t('privacy.erase.awards', { count: preview.awards.length })}
        items={preview.awards.map((a) =>
          t('privacy.erase.awardLine', { award: a.name, meeting: a.meetingTitle }),
        )}
      />
      <Section
        title={t('privacy.erase.visaDetails', { count: preview.visaDetails.length })}
        items={preview.visaDetails.map((v) => v.meetingTitle)}
      />
      {preview.attendanceRecords > 0 && (
        <Text size="sm">{t('privacy.erase.attendance', { count: preview.attendanceRecords })}</Text>
      )}
      {nothingElse && <Text size="sm">{t('privacy.erase.onlyPerson')}</Text>}
      <Text size="sm" c="dimmed">
        {t('privacy.erase.log', { count: preview.auditEntries })}
      </Text>
      <IrreversibleConfirmation
        color="red"
        backupFirst={preview.backupFirst}
        kind="beforeErasure"
        understood={understood}
        onUnderstood={setUnderstood}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red" disabled={!understood} loading={busy} onClick={() => void erase()}>
          {t('privacy.erase.confirm', { name: preview.name })}
        </Button>
      </Group>
    </Stack>
  );
}
