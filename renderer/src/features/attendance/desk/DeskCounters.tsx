import { Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../participants/participant-view';
import { useDeskStore } from './desk.store';

/** Checked in / expected, for the day or the session, in total and by region; live. */
export function DeskCounters() {
  const { t, i18n } = useTranslation();
  const counters = useDeskStore((s) => s.counters);
  const atSession = useDeskStore((s) => s.sessionId !== null);
  const n = (x: number) => formatCount(x, i18n.language);
  if (!counters) return null;
  const share = counters.expected ? (counters.expectedCheckedIn / counters.expected) * 100 : 0;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('attendance.counters.label')}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t(atSession ? 'attendance.counters.session' : 'attendance.counters.today')}
        </Title>
        <Text fz={34} fw={800} lh={1} data-testid="desk-counter">
          {t('attendance.counters.ratio', {
            checkedIn: n(counters.checkedIn),
            expected: n(counters.expected),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('attendance.counters.caption', { count: counters.expected })}
        </Text>
        <Progress value={share} size="lg" color="green" aria-hidden />
        <Table fz="sm" verticalSpacing={4} aria-label={t('attendance.counters.byRegion')}>
          <Table.Tbody>
            {counters.byRegion.map((r) => (
              <Table.Tr key={r.region ?? 'none'}>
                <Table.Th scope="row" fw={500}>
                  {r.region ? t(`region.${r.region}`) : t('attendance.counters.noRegion')}
                </Table.Th>
                <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                  {t('attendance.counters.ratio', {
                    checkedIn: n(r.checkedIn),
                    expected: n(r.expected),
                  })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
