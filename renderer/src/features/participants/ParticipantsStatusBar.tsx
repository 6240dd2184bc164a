import { Group, Kbd, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParticipantsStore } from './participants.store';
import { formatCount } from './participant-view';

/** Under the table, as in a desktop file list: how many rows pass, and the keys that work here. */
export function ParticipantsStatusBar({ shown }: { shown: number }) {
  const { t, i18n } = useTranslation();
  const total = useParticipantsStore((s) => s.rows.length);
  const language = i18n.language;
  return (
    <Group justify="space-between" gap="xs" px={4}>
      <Text
        size="sm"
        c="dimmed"
        role="status"
        aria-live="polite"
        data-testid="participants-showing"
      >
        {t('participants.showing', {
          count: shown,
          shown: formatCount(shown, language),
          total: formatCount(total, language),
        })}
      </Text>
      <Text size="xs" c="dimmed" visibleFrom="lg" aria-hidden>
        <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> {t('participants.keys.move')} ·{' '}
        <Kbd size="xs">{t('participants.keys.space')}</Kbd> {t('participants.keys.select')} ·{' '}
        <Kbd size="xs">{t('participants.keys.enter')}</Kbd> {t('participants.keys.open')}
      </Text>
    </Group>
  );
}
