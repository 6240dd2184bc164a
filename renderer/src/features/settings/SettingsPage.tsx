import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BackupsSection } from './BackupsSection';
import { useDatabaseStore } from './database.store';
import { EncryptionSection } from './EncryptionSection';
import { IntegritySection } from './IntegritySection';

/** Settings; so far its "Security and data" section: encryption, backups and restore, checks. */
export function SettingsPage() {
  const { t } = useTranslation();
  const status = useDatabaseStore((s) => s.status);
  return (
    <Stack maw={960}>
      <Title order={2}>{t('security.settingsTitle')}</Title>
      <Stack gap="md" component="section" aria-labelledby="security-title">
        <Title order={3} id="security-title">
          {t('security.sectionTitle')}
        </Title>
        {status && (
          <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {t('security.databaseFile', { file: status.databaseFile })}
          </Text>
        )}
        <EncryptionSection />
        <BackupsSection />
        <IntegritySection />
      </Stack>
    </Stack>
  );
}
