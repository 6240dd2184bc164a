import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditLog } from './AuditLog';

/** The computer's time zone: a person's changes span meetings in several zones. */
const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The person page's change log: every change to them, their registrations and places. */
export function PersonAuditSection({ personId, name }: { personId: number; name: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <Title order={3} size="h4" mb={4} id="person-audit">
        {t('audit.person.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('audit.person.intro')}
      </Text>
      <AuditLog
        scope={{ personId }}
        timeZone={localZone()}
        label={t('audit.person.tableOf', { name })}
      />
    </Paper>
  );
}
