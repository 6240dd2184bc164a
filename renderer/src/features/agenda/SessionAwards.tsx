import { Group, Stack, Text } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../../../shared/api';
import { recipientLabel } from './award-form';

/** The awards presented in a session, shown at the top of its panel. */
export function SessionAwards({ agenda, sessionId }: { agenda: Agenda; sessionId: number }) {
  const { t } = useTranslation();
  const awards = agenda.awards.filter((a) => a.sessionId === sessionId);
  if (awards.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {t('agenda.session.awards', { count: awards.length })}
      </Text>
      {awards.map((a) => {
        const recipient = recipientLabel(a, agenda);
        return (
          <Group key={a.id} gap={6} wrap="nowrap" align="flex-start">
            <IconAward size={16} aria-hidden color="var(--mantine-color-pink-6)" />
            <Text size="sm">
              {recipient ? t('agenda.session.awardTo', { name: a.name, recipient }) : a.name}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
