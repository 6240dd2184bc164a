import { useMemo } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconUserPlus } from '@tabler/icons-react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { useParticipantsStore } from './participants.store';
import { figuresOf } from '../../../../shared/domain/participant-figures';
import { headlineText } from '../../ui/participant-headline';
import { ExportButtons } from './ExportButtons';
import type { Participant } from './participant-types';
import { BadgesButton } from '../attendance/badges/BadgesButton';

/** Title, the headline figures (see ui/participant-headline.ts), and the page's actions. */
export function ParticipantsHeader({
  meetingId,
  visible,
}: {
  meetingId: number;
  visible: readonly Participant[];
}) {
  const { t, i18n } = useTranslation();
  const rows = useParticipantsStore((s) => s.rows);
  const requestPanel = useParticipantsStore((s) => s.requestPanel);
  const figures = useMemo(() => figuresOf(rows), [rows]);
  const language = i18n.language;
  return (
    <Group justify="space-between" align="flex-end">
      <Stack gap={2}>
        <Title order={2}>{t('participants.title')}</Title>
        {rows.length > 0 && (
          <Text c="dimmed" size="sm" data-testid="participants-headline">
            {headlineText(t, figures, language)}
          </Text>
        )}
      </Stack>
      {/* An empty meeting shows these actions in its empty state instead. */}
      {rows.length > 0 && (
        <Group gap="xs">
          <ExportButtons meetingId={meetingId} visible={visible} />
          <BadgesButton meetingId={meetingId} visible={visible} />
          <Button
            variant="default"
            component={Link}
            href={`/meetings/${meetingId}/import`}
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          >
            {t('imports.open')}
          </Button>
          <Button
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={() => requestPanel({ kind: 'create' }, { focus: true })}
          >
            {t('participants.add')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
