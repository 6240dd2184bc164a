import { Button, Chip, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUSES, type Status } from '../../../../shared/domain/people';
import { formatWeekday } from '../../../../shared/domain/time';
import { INITIAL_FILTER, useReportsStore, type Dashboard } from './reports.store';

/** Which meetings, statuses and day the figures count; each change reloads them. */
export function DashboardFilters({ dashboard }: { dashboard: Dashboard | null }) {
  const { t, i18n } = useTranslation();
  const filter = useReportsStore((s) => s.filter);
  const setFilter = useReportsStore((s) => s.setFilter);
  const language = i18n.language;
  const byStatus = dashboard?.figures.byStatus ?? {};
  const series = dashboard?.series ?? [];
  const days = dashboard?.days ?? [];
  const changed =
    filter.scope !== INITIAL_FILTER.scope ||
    filter.day !== null ||
    filter.statuses.join() !== INITIAL_FILTER.statuses.join();

  return (
    <Paper withBorder p="md" component="section" aria-label={t('reports.dashboard.filters')}>
      <Stack gap="sm">
        {series.length > 0 && (
          <Group gap="sm" align="center">
            <Text size="sm" fw={500} id="reports-scope">
              {t('reports.dashboard.scope')}
            </Text>
            <SegmentedControl
              aria-labelledby="reports-scope"
              value={filter.scope}
              onChange={(value) =>
                void setFilter({ scope: value as 'meeting' | 'series', day: null })
              }
              data={[
                { value: 'meeting', label: t('reports.dashboard.scopeMeeting') },
                {
                  value: 'series',
                  label: t('reports.dashboard.scopeSeries', { count: series.length }),
                },
              ]}
            />
            <Text size="xs" c="dimmed">
              {t('reports.dashboard.seriesList', {
                titles: series.map((m) => m.title).join(' · '),
              })}
            </Text>
          </Group>
        )}
        <Chip.Group
          multiple
          value={filter.statuses}
          onChange={(value) =>
            void setFilter({ statuses: STATUSES.filter((s) => value.includes(s)) as Status[] })
          }
        >
          <Group gap="xs" role="group" aria-label={t('reports.dashboard.statuses')}>
            <Text size="sm" fw={500}>
              {t('reports.dashboard.statuses')}
            </Text>
            {STATUSES.map((status) => (
              <Chip key={status} value={status} size="sm">
                {`${t(`status.${status}`)} (${byStatus[status] ?? 0})`}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {filter.statuses.length === 0 && (
          <Text size="sm" c="red" role="alert">
            {t('reports.dashboard.statusesNone')}
          </Text>
        )}
        <Group gap="sm" align="flex-end">
          <Select
            label={t('reports.dashboard.day')}
            value={filter.day ?? ''}
            onChange={(value) => void setFilter({ day: value ? value : null })}
            allowDeselect={false}
            w={260}
            data={[
              { value: '', label: t('reports.dashboard.allDays') },
              ...days.map((day) => ({
                value: day,
                label: formatWeekday(day, language),
              })),
            ]}
          />
          {changed && (
            <Button variant="subtle" onClick={() => void setFilter(INITIAL_FILTER)}>
              {t('reports.dashboard.reset')}
            </Button>
          )}
        </Group>
        {filter.day !== null && !dashboard?.attendanceRecorded && (
          <Text size="xs" c="dimmed">
            {t('reports.dashboard.dayNeedsAttendance')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
