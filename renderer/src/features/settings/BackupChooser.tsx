import { useEffect, useState } from 'react';
import { Button, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/api/backup';
import { backupDate } from './backup-text';
import { useDatabaseStore } from './database.store';
import { RestoreDialog } from './RestoreDialog';

/** Every backup, newest first, to restore one (from the start-up screens). */
export function BackupChooser({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const backups = useDatabaseStore((s) => s.backups);
  const loadBackups = useDatabaseStore((s) => s.loadBackups);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  useEffect(() => {
    if (opened) void loadBackups();
  }, [opened, loadBackups]);
  return (
    <>
      <Modal
        opened={opened && !chosen}
        onClose={onClose}
        title={t('security.damaged.chooseBackup')}
        centered
      >
        <Stack gap="xs">
          {backups?.length === 0 && <Text c="dimmed">{t('security.backups.empty')}</Text>}
          {backups?.map((backup) => {
            const date = backupDate(backup, i18n.language);
            return (
              <Button
                key={backup.name}
                variant="default"
                justify="space-between"
                onClick={() => setChosen(backup)}
                aria-label={t('security.backups.restoreLabel', { date })}
                rightSection={
                  <Text size="xs" c="dimmed">
                    {t(`security.backups.kind.${backup.kind}`)}
                  </Text>
                }
              >
                {date}
              </Button>
            );
          })}
        </Stack>
      </Modal>
      <RestoreDialog backup={chosen} onClose={() => setChosen(null)} />
    </>
  );
}
