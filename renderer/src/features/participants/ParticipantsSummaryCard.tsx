import { useEffect, useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { STATUSES } from '../../../../shared/domain/people';
import type { Output } from '../../../../shared/api';
import { call, onBackendEvent } from '../../lib/api';
import { STATUS_COLOURS } from './participant-labels';
import { formatCount } from './participant-view';
import { headlineText } from '../../ui/participant-headline';

type Summary = Output<'registrations.summary'>;

/** The meeting page's headline figures (see ui/participant-headline.ts) and the way in. */
export function ParticipantsSummaryCard({ meetingId }: { meetingId: number }) {
  const { t, i18n } = useTranslation();
  const [summary, setSummary] = useState<Summary | null>(null);

  useEffect(() => {
    const load = () =>
      void call('registrations.summary', { meetingId }).then((r) => r.ok && setSummary(r.value));
    load();
    return onBackendEvent((event, payload) => {
      if (event === 'data.changed' && (payload as { feature: string }).feature === 'registrations')
        load();
    });
  }, [meetingId]);

  const language = i18n.language;
  const base = `/meetings/${meetingId}`;
  return (
    <Paper withBorder p="lg" aria-labelledby="participants-summary-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="participants-summary-title">
          {t('participants.title')}
        </Title>
        {summary && summary.total === 0 && <Text c="dimmed">{t('participants.summary.none')}</Text>}
        {summary && summary.total > 0 && (
          <>
            <Text size="lg" fw={600} data-testid="meeting-headline">
              {headlineText(t, summary, language)}
            </Text>
            <Group gap="xs">
              {STATUSES.filter((s) => summary.byStatus[s]).map((s) => (
                <Badge key={s} variant="light" color={STATUS_COLOURS[s]} tt="none" radius="sm">
                  {t(`status.${s}`)} · {formatCount(summary.byStatus[s] ?? 0, language)}
                </Badge>
              ))}
            </Group>
          </>
        )}
        <Group gap="xs">
          <Button
            component={Link}
            href={`${base}/participants`}
            variant="light"
            leftSection={<IconUsers size={16} />}
          >
            {t('participants.summary.open')}
          </Button>
          <Button
            component={Link}
            href={`${base}/import`}
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
          >
            {t('imports.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
