import { useState } from 'react';
import { PasswordInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/api/backup';
import { call } from '../../lib/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormAlert } from '../../ui/FormAlert';
import { errorText } from '../../ui/errors';
import { backupDate } from './backup-text';
import { reloadApp, useDatabaseStore } from './database.store';

interface Props {
  backup: BackupInfo | null;
  onClose(): void;
}

/**
 * Asks before a restore, says what happens to the current database, and takes the passphrase of
 * an encrypted backup made under another one. The app starts again on the restored file.
 */
export function RestoreDialog({ backup, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const status = useDatabaseStore((s) => s.status);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<{ field: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const date = backup ? backupDate(backup, i18n.language) : '';
  const replacesBrokenFile = status?.state !== 'open' || status.readOnly === 'damaged';

  function close() {
    setPassphrase('');
    setError(null);
    onClose();
  }

  async function restore() {
    if (!backup) return;
    setBusy(true);
    const reply = await call('backup.restore', {
      name: backup.name,
      ...(passphrase ? { passphrase } : {}),
    });
    setBusy(false);
    if (reply.ok) {
      sessionStorage.setItem('plenary.restored', date);
      return reloadApp();
    }
    setError({ field: reply.error.code === 'wrong_passphrase', text: errorText(reply.error) });
  }

  return (
    <ConfirmDialog
      opened={backup !== null}
      title={t('security.backups.restoreTitle')}
      confirmLabel={t('security.backups.restoreConfirm')}
      busy={busy}
      onConfirm={() => void restore()}
      onCancel={close}
    >
      <Text>
        {replacesBrokenFile
          ? t('security.backups.restoreBodyBroken', { date })
          : t('security.backups.restoreBody', { date })}
      </Text>
      {backup?.encrypted && (
        <PasswordInput
          label={t('security.backups.restorePassphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          error={error?.field ? error.text : undefined}
          autoComplete="off"
        />
      )}
      <FormAlert message={error && !(error.field && backup?.encrypted) ? error.text : null} />
    </ConfirmDialog>
  );
}
