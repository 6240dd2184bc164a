import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFilterOff, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useParticipantsStore } from './participants.store';
import classes from './participants.module.css';

/** A meeting without anyone yet: add a person, or bring in the national contacts' spreadsheet. */
export function ParticipantsEmptyState({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const requestPanel = useParticipantsStore((s) => s.requestPanel);
  return (
    <Paper withBorder p="xl" maw={640} data-testid="participants-empty">
      <Stack align="flex-start">
        <ThemeIcon variant="light" size={44} radius="xl">
          <IconUsers size={24} aria-hidden />
        </ThemeIcon>
        <Title order={3}>{t('participants.empty.title')}</Title>
        <Text c="dimmed">{t('participants.empty.body')}</Text>
        <Group>
          <Button
            component={Link}
            href={`/meetings/${meetingId}/import`}
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          >
            {t('participants.empty.import')}
          </Button>
          <Button
            variant="default"
            onClick={() => requestPanel({ kind: 'create' }, { focus: true })}
            leftSection={<IconUserPlus size={16} aria-hidden />}
          >
            {t('participants.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Nobody passes the filters and search: say so, and offer the way back to everyone. */
export function NoMatch() {
  const { t } = useTranslation();
  const clearFilters = useParticipantsStore((s) => s.clearFilters);
  return (
    <div className={classes.noMatch}>
      <Stack align="center" gap="xs">
        <Title order={3} size="h4">
          {t('participants.noMatch.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('participants.noMatch.body')}
        </Text>
        <Button
          variant="light"
          onClick={clearFilters}
          leftSection={<IconFilterOff size={16} aria-hidden />}
        >
          {t('participants.filters.clear')}
        </Button>
      </Stack>
    </div>
  );
}
