import { useState } from 'react';
import { Alert, Button, Code, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DatabaseStatus } from '../../../../shared/api/backup';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { backupDate } from './backup-text';
import { BackupChooser } from './BackupChooser';
import { reloadApp } from './database.store';
import { RestoreDialog } from './RestoreDialog';
import { StartupScreen } from './StartupScreen';

/**
 * Instead of the app when the database file is damaged: what SQLite found, the latest good backup
 * to restore, or a read-only look at what can still be read. Nothing is written to the file.
 */
export function DamagedScreen({ status }: { status: DatabaseStatus }) {
  const { t, i18n } = useTranslation();
  const [restoring, setRestoring] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const latest = status.latestBackup;

  async function openReadOnly() {
    setOpening(true);
    const reply = await call('backup.openReadOnly', {});
    setOpening(false);
    if (reply.ok) return reloadApp();
    setError(errorText(reply.error));
  }

  return (
    <StartupScreen
      icon={<IconAlertTriangle size={28} color="var(--mantine-color-red-7)" aria-hidden />}
      title={t('security.damaged.title')}
    >
      <Text>{t('security.damaged.body', { file: status.databaseFile })}</Text>
      {status.problems.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('security.damaged.details')}
          </Text>
          <ScrollArea.Autosize mah={180} type="auto">
            <Code block>{status.problems.join('\n')}</Code>
          </ScrollArea.Autosize>
        </Stack>
      )}
      {!latest && (
        <Text c="dimmed">{t('security.damaged.noBackup', { folder: status.backupsDir })}</Text>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group>
        {latest && (
          <Button onClick={() => setRestoring(true)}>
            {t('security.damaged.restoreLatest', { date: backupDate(latest, i18n.language) })}
          </Button>
        )}
        {latest && (
          <Button variant="default" onClick={() => setChoosing(true)}>
            {t('security.damaged.chooseBackup')}
          </Button>
        )}
        <Button variant="subtle" loading={opening} onClick={() => void openReadOnly()}>
          {t('security.damaged.openReadOnly')}
        </Button>
      </Group>
      <RestoreDialog backup={restoring ? latest : null} onClose={() => setRestoring(false)} />
      <BackupChooser opened={choosing} onClose={() => setChoosing(false)} />
    </StartupScreen>
  );
}
