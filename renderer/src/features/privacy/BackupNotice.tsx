import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Says that a backup is made before an irreversible change, and where to restore it from
 * (Settings, Backups, under the kind named here); or, without one, what to do instead.
 */
export function BackupNotice({
  backupFirst,
  kind,
}: {
  backupFirst: boolean;
  kind: 'beforeRetention' | 'beforeErasure';
}) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {backupFirst
        ? t('privacy.backupFirst', { kind: t(`security.backups.kind.${kind}`) })
        : t('privacy.noBackup')}
    </Text>
  );
}
