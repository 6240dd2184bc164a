import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseImport, IconPlus } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { useMeetingsStore } from './meetings.store';

/** What a new user sees first: make a meeting, or load the two reference meetings. */
export function MeetingsEmptyState() {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);

  async function loadSamples() {
    setLoading(true);
    const result = await call('demo.load', {});
    setLoading(false);
    if (!result.ok) {
      notifications.show({ color: 'red', message: errorText(result.error) });
      return;
    }
    await useMeetingsStore.getState().load();
    notifications.show({
      color: 'green',
      message: t(
        result.value.alreadyLoaded ? 'meetings.samplesAlreadyLoaded' : 'meetings.samplesLoaded',
      ),
    });
  }

  return (
    <Paper withBorder p="xl" maw={640}>
      <Stack align="flex-start">
        <Title order={3}>{t('meetings.empty.title')}</Title>
        <Text c="dimmed">{t('meetings.empty.body')}</Text>
        <Group>
          <Button component={Link} href="/meetings/new" leftSection={<IconPlus size={16} />}>
            {t('meetings.empty.create')}
          </Button>
          <Button
            variant="light"
            loading={loading}
            onClick={() => void loadSamples()}
            leftSection={<IconDatabaseImport size={16} />}
          >
            {t('meetings.empty.loadSamples')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
