import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../../shared/domain/time';
import type { Dashboard, DashboardFilterState } from './reports.store';

/** "N participants from M countries", what was counted said plainly, and attended beside it. */
export function HeadlineCard({
  dashboard,
  filter,
}: {
  dashboard: Dashboard;
  filter: DashboardFilterState;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const number = new Intl.NumberFormat(language);
  const { registered, attended } = dashboard.figures;
  const headline = (h: typeof registered) =>
    t(h.countries === 1 ? 'reports.dashboard.headlineOneCountry' : 'reports.dashboard.headline', {
      count: h.participants,
      participants: number.format(h.participants),
      countries: number.format(h.countries),
    });
  const statuses = new Intl.ListFormat(language, { type: 'disjunction' }).format(
    filter.statuses.map((s) => t(`status.${s}`).toLocaleLowerCase(language)),
  );
  const counted = t('reports.dashboard.counted', {
    statuses,
    day: filter.day
      ? t('reports.dashboard.countedDay', { day: formatDay(filter.day, language) })
      : '',
    series:
      dashboard.meetings.length > 1
        ? t('reports.dashboard.countedSeries', { count: dashboard.meetings.length })
        : '',
  });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="reports-headline">
      <Group align="flex-start" justify="space-between" gap="xl">
        <Stack gap={6} maw={620}>
          <Text size="sm" c="dimmed" fw={600} tt="uppercase">
            {t('reports.dashboard.registered')}
          </Text>
          <Title order={3} id="reports-headline" size="h2" aria-live="polite">
            {headline(registered)}
          </Title>
          <Text size="sm">{counted}</Text>
          {registered.notStated > 0 && (
            <Text size="sm" c="dimmed">
              {t('reports.dashboard.notStatedNote', { count: registered.notStated })}
            </Text>
          )}
        </Stack>
        <Stack gap={6} maw={420}>
          <Text size="sm" c="dimmed" fw={600} tt="uppercase">
            {t('reports.dashboard.attended')}
          </Text>
          {attended ? (
            <Title order={3} size="h2">
              {t('reports.dashboard.attendedHeadline', {
                participants: number.format(attended.participants),
                countries: number.format(attended.countries),
              })}
            </Title>
          ) : (
            <Alert
              variant="light"
              color="gray"
              icon={<IconInfoCircle size={18} aria-hidden />}
              title={t('reports.dashboard.noAttendanceTitle')}
            >
              {t('reports.dashboard.noAttendanceBody')}
            </Alert>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
