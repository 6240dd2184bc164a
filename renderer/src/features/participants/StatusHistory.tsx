import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../../shared/domain/time';
import { STATUS_COLOURS } from './participant-labels';
import type { StatusChangeEntry } from './participant-types';

/** Every status the registration has had, newest first, in the meeting's time zone. */
export function StatusHistory({
  history,
  timeZone,
}: {
  history: StatusChangeEntry[];
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const newestFirst = [...history].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('participants.panel.history')}
      </Text>
      {newestFirst.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('participants.panel.noHistory')}
        </Text>
      ) : (
        <Stack
          component="ol"
          gap={4}
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('participants.panel.history')}
        >
          {newestFirst.map((change, i) => (
            <Group component="li" key={`${change.changedAt}-${i}`} gap="sm" wrap="nowrap">
              <Badge
                variant={i === 0 ? 'filled' : 'light'}
                color={STATUS_COLOURS[change.status]}
                size="sm"
                radius="sm"
                tt="none"
                w={130}
              >
                {t(`status.${change.status}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {formatInstant(change.changedAt, timeZone, i18n.language)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
