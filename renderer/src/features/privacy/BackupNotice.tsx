import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says whether a backup is made before an irreversible change, or what to do instead. */
export function BackupNotice({ backupFirst }: { backupFirst: boolean }) {
  const { t } = useTranslation();
  return <Text size="sm">{t(backupFirst ? 'privacy.backupFirst' : 'privacy.noBackup')}</Text>;
}
