import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../shared/api';
import { formatInstant, formatWeekday } from '../../../../../shared/domain/time';
import { formatClock } from '../attendance-format';

type Entry = Output<'attendance.person'>['history'][number];

/** The times an entry's before/after carry, as 'HH:mm–HH:mm'. */
function times(json: string | null, timeZone: string): string {
  if (!json) return '—';
  const v = JSON.parse(json) as { checkedInAt?: string | null; checkedOutAt?: string | null };
  const parts = [v.checkedInAt, v.checkedOutAt].filter((x): x is string => !!x);
  return parts.length ? parts.map((p) => formatClock(p, timeZone)).join('–') : '—';
}

/** Who changed what and when: every check-in, undo and correction, newest first. */
export function AttendanceHistory({ history, timeZone }: { history: Entry[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (history.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('attendance.person.noHistory')}
      </Text>
    );
  return (
    <List size="sm" spacing={2} aria-label={t('attendance.person.history')}>
      {history.map((h, i) => {
        const where = h.sessionTitle ?? (h.day ? formatWeekday(h.day, language) : '');
        const what =
          h.action === 'correct' || h.action === 'undo' || h.action === 'check_out'
            ? `${times(h.before, timeZone)} → ${times(h.after, timeZone)}`
            : h.action === 'desk_note'
              ? (h.after ?? '—')
              : '';
        return (
          <List.Item key={i}>
            {[
              formatInstant(h.changedAt, timeZone, language),
              t(`attendance.history.${h.action}`),
              where,
              h.method && t(`attendance.method.${h.method}`),
              what,
              h.operator || t('attendance.person.noOperator'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </List.Item>
        );
      })}
    </List>
  );
}
