import { useEffect, type ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { onDatabaseLost } from '../../lib/api';
import { DamagedScreen } from './DamagedScreen';
import { useDatabaseStore } from './database.store';
import { UnlockScreen } from './UnlockScreen';

/**
 * The app only once the database can be used: before it, the passphrase screen or the damaged
 * file's screen. Damage found while working (a read that fails) brings the latter up at once.
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const status = useDatabaseStore((s) => s.status);
  const refresh = useDatabaseStore((s) => s.refresh);
  useEffect(() => onDatabaseLost(() => void refresh()), [refresh]);
  useEffect(() => {
    // Said once the app has started again on the restored file.
    const restored = sessionStorage.getItem('plenary.restored');
    if (restored === null) return;
    sessionStorage.removeItem('plenary.restored');
    notifications.show({
      color: 'green',
      message: t('security.backups.restored', { date: restored }),
    });
  }, [t]);
  if (status?.state === 'locked') return <UnlockScreen status={status} />;
  if (status?.state === 'damaged') return <DamagedScreen status={status} />;
  return children;
}
