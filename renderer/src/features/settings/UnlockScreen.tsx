import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Checkbox, PasswordInput, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DatabaseStatus } from '../../../../shared/api/backup';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { BackupChooser } from './BackupChooser';
import { reloadApp } from './database.store';
import { StartupScreen } from './StartupScreen';

/**
 * Before the app, when the database is encrypted: its passphrase (and whether this computer should
 * remember it). A file that is not plain SQLite may be encrypted or damaged, so restoring a
 * backup is offered too.
 */
export function UnlockScreen({ status }: { status: DatabaseStatus }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const notPlain = status.lockedReason === 'notPlain';

  async function unlock(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) return setError(t('errors.required'));
    setBusy(true);
    const reply = await call('backup.unlock', { passphrase, remember });
    setBusy(false);
    if (reply.ok && reply.value.state === 'open') return reloadApp();
    if (reply.ok) return reloadApp(); // Opened but found damaged: the damaged screen says so.
    setError(errorText(reply.error));
  }

  return (
    <StartupScreen
      icon={<IconLock size={28} aria-hidden />}
      title={t(notPlain ? 'security.unlock.notPlainTitle' : 'security.unlock.title')}
    >
      <Text>
        {notPlain
          ? t('security.unlock.notPlainBody', { file: status.databaseFile })
          : t('security.unlock.body')}
      </Text>
      {status.lockedReason === 'rememberedKeyRejected' && (
        <Alert color="yellow">{t('security.unlock.rememberedRejected')}</Alert>
      )}
      <form onSubmit={(e) => void unlock(e)} noValidate>
        <Stack>
          <PasswordInput
            label={t('security.unlock.passphrase')}
            value={passphrase}
            onChange={(e) => {
              setPassphrase(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            autoComplete="current-password"
            data-autofocus
            autoFocus
          />
          {status.remember.available && (
            <Checkbox
              label={t('security.unlock.remember')}
              checked={remember}
              onChange={(e) => setRemember(e.currentTarget.checked)}
            />
          )}
          <Button type="submit" loading={busy} w="fit-content">
            {t('security.unlock.submit')}
          </Button>
        </Stack>
      </form>
      {status.latestBackup && (
        <Anchor component="button" type="button" onClick={() => setChoosing(true)} w="fit-content">
          {t('security.unlock.restoreInstead')}
        </Anchor>
      )}
      <BackupChooser opened={choosing} onClose={() => setChoosing(false)} />
    </StartupScreen>
  );
}
