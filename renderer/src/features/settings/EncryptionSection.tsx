import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { useDatabaseStore } from './database.store';
import { PassphraseDialog, type PassphraseAction } from './PassphraseDialog';

/** Whether the database is encrypted, and setting, changing or removing its passphrase. */
export function EncryptionSection() {
  const { t } = useTranslation();
  const status = useDatabaseStore((s) => s.status);
  const [action, setAction] = useState<PassphraseAction | null>(null);
  if (!status) return null;
  const writable = status.state === 'open' && status.readOnly === null;

  async function apply(reply: Awaited<ReturnType<typeof call<'backup.setRemember'>>>) {
    if (reply.ok) useDatabaseStore.setState({ status: reply.value });
    else notifications.show({ color: 'red', message: errorText(reply.error) });
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="encryption-title">
      <Stack>
        <Group justify="space-between">
          <Title order={4} id="encryption-title">
            {t('security.encryption.title')}
          </Title>
          <Badge
            color={status.encrypted ? 'green' : 'gray'}
            leftSection={status.encrypted ? <IconLock size={12} /> : <IconLockOpen size={12} />}
          >
            {t(status.encrypted ? 'security.backups.encrypted' : 'security.backups.plain')}
          </Badge>
        </Group>
        <Text>{t(status.encrypted ? 'security.encryption.on' : 'security.encryption.off')}</Text>
        {status.plainWarning && (
          <Alert color="red">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('security.encryption.plainWarning')}</Text>
              <Button
                size="xs"
                variant="default"
                onClick={() => void call('backup.keepUnencrypted', {}).then(apply)}
              >
                {t('security.encryption.keepPlain')}
              </Button>
            </Stack>
          </Alert>
        )}
        <Group>
          {!status.encrypted && (
            <Button disabled={!writable} onClick={() => setAction('set')}>
              {t('security.encryption.set')}
            </Button>
          )}
          {status.encrypted && (
            <Button variant="default" disabled={!writable} onClick={() => setAction('change')}>
              {t('security.encryption.change')}
            </Button>
          )}
          {status.encrypted && (
            <Button
              variant="subtle"
              color="red"
              disabled={!writable}
              onClick={() => setAction('remove')}
            >
              {t('security.encryption.remove')}
            </Button>
          )}
        </Group>
        {status.encrypted &&
          (status.remember.available ? (
            <Switch
              label={t('security.encryption.remember')}
              checked={status.remember.active}
              onChange={(e) =>
                void call('backup.setRemember', { remember: e.currentTarget.checked }).then(apply)
              }
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t(`security.encryption.rememberRefused.${status.remember.refusal ?? 'unavailable'}`)}
            </Text>
          ))}
        <Text size="sm" c="dimmed">
          {t('security.encryption.exportsPlain')}
        </Text>
      </Stack>
      <PassphraseDialog action={action} onClose={() => setAction(null)} />
    </Paper>
  );
}
