import { Alert, Anchor, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDatabaseStore } from './database.store';

/**
 * Above every page while the database cannot be changed (a read-only file or folder, a damaged
 * file opened to look at it), or when a database that should be encrypted was found plain.
 */
export function DatabaseBanner() {
  const { t } = useTranslation();
  const status = useDatabaseStore((s) => s.status);
  if (!status || status.state !== 'open') return null;
  if (status.readOnly)
    return (
      <Alert color="yellow" icon={<IconLock size={18} />} mb="md" role="status">
        {t(`security.banner.readOnly_${status.readOnly}`, {
          file: status.databaseFile,
          folder: status.dataDir,
        })}
      </Alert>
    );
  if (status.plainWarning)
    return (
      <Alert color="red" icon={<IconAlertTriangle size={18} />} mb="md" role="alert">
        <Text size="sm">{t('security.banner.plainWarning')}</Text>
        <Anchor component={Link} href="/settings" size="sm">
          {t('security.banner.review')}
        </Anchor>
      </Alert>
    );
  return null;
}
