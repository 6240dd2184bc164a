import { useState } from 'react';
import { Alert, Button, Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconStethoscope } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntegrityReport } from '../../../../shared/api/backup';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';

/** integrity_check and foreign_key_check on demand, in words. */
export function IntegritySection() {
  const { t } = useTranslation();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function check() {
    setChecking(true);
    setError(null);
    const reply = await call('backup.checkIntegrity', {});
    setChecking(false);
    if (reply.ok) setReport(reply.value);
    else setError(errorText(reply.error));
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="integrity-title">
      <Stack>
        <Group justify="space-between">
          <Title order={4} id="integrity-title">
            {t('security.integrity.title')}
          </Title>
          <Button
            variant="default"
            leftSection={<IconStethoscope size={16} aria-hidden />}
            loading={checking}
            onClick={() => void check()}
          >
            {t('security.integrity.run')}
          </Button>
        </Group>
        <Text>{t('security.integrity.body')}</Text>
        <div aria-live="polite">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {report?.ok && (
            <Alert color="green">{t('security.integrity.ok', { count: report.durationMs })}</Alert>
          )}
          {report && !report.ok && (
            <Alert color="red">
              <Stack gap="xs">
                <Text size="sm">{t('security.integrity.problems')}</Text>
                {report.problems.length > 0 && <Code block>{report.problems.join('\n')}</Code>}
                {report.brokenLinks.length > 0 && (
                  <List size="sm">
                    {report.brokenLinks.map((link) => (
                      <List.Item key={`${link.table}-${link.parent}`}>
                        {t('security.integrity.brokenLinks', link)}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            </Alert>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
