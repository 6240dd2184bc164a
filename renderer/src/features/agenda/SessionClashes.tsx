import { useMemo } from 'react';
import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../../../shared/api';
import { useClashes } from './agenda.store';
import { clashSentence } from './clash-text';

/** The session's own clashes, in plain words, at the top of its panel: warnings, never blocking. */
export function SessionClashes({ agenda, sessionId }: { agenda: Agenda; sessionId: number }) {
  const { t, i18n } = useTranslation();
  const clashes = useClashes();
  const mine = useMemo(
    () => clashes.filter((c) => (c.sessionIds as readonly number[]).includes(sessionId)),
    [clashes, sessionId],
  );
  if (mine.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={t('agenda.session.clashes', { count: mine.length })}
      // A standing warning about the session shown, not an interruption: a region, not an alert.
      role="region"
      aria-label={t('agenda.session.clashes', { count: mine.length })}
    >
      <List size="sm" spacing={4}>
        {mine.map((clash, i) => (
          <List.Item key={`${clash.kind}-${clash.sessionIds.join('-')}-${i}`}>
            {clashSentence(clash, { agenda, t, language: i18n.language })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
