import '@mantine/charts/styles.css';
import { useEffect, useMemo } from 'react';
import { Alert, Button, Group, Loader, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconChartBar, IconFileImport, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { countsByCountry } from '../../../../shared/domain/reports-stats';
import { onBackendEvent } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { ListEmptyState } from '../../ui/ListEmptyState';
import { BreakdownCard } from './BreakdownCard';
import { DashboardFilters } from './DashboardFilters';
import { FigureTable } from './FigureTable';
import { HeadlineCard } from './HeadlineCard';
import { ReportsTabs } from './ReportsTabs';
import { useReportsStore } from './reports.store';
import { WorldMap } from './WorldMap';

const BREAKDOWNS = ['policeRegion', 'm49Region', 'organisationType', 'role', 'gender'] as const;

/** A meeting's figures: the headline, the map with its table, and every breakdown. */
export function DashboardPage() {
  const { t } = useTranslation();
  const meetingId = Number(useParams<{ id: string }>().id);
  const dashboard = useReportsStore((s) => (s.meetingId === meetingId ? s.dashboard : null));
  const error = useReportsStore((s) => s.error);
  const filter = useReportsStore((s) => s.filter);

  useEffect(() => {
    void useReportsStore.getState().open(meetingId);
    return onBackendEvent(
      (event) => event === 'data.changed' && void useReportsStore.getState().load(),
    );
  }, [meetingId]);

  const byCountry = useMemo(
    () => (dashboard ? countsByCountry(dashboard.figures) : new Map()),
    [dashboard],
  );

  const header = (
    <Stack gap="xs">
      <Title order={2}>{t('reports.dashboard.title')}</Title>
      <ReportsTabs meetingId={meetingId} active="dashboard" />
    </Stack>
  );

  if (error && !dashboard)
    return (
      <Stack gap="lg">
        {header}
        <Alert color="red">
          {t('reports.dashboard.loadFailed', { message: errorText(error) })}
        </Alert>
      </Stack>
    );
  if (!dashboard)
    return (
      <Stack gap="lg">
        {header}
        <Loader aria-label={t('common.loading')} />
      </Stack>
    );

  if (dashboard.registrations === 0)
    return (
      <Stack gap="lg">
        {header}
        <ListEmptyState
          icon={<IconChartBar size={28} aria-hidden />}
          title={t('reports.dashboard.emptyTitle')}
          body={t('reports.dashboard.emptyBody')}
          action={
            <Group>
              <Button
                component={Link}
                href={`/meetings/${meetingId}/participants`}
                leftSection={<IconUserPlus size={16} aria-hidden />}
              >
                {t('reports.dashboard.addParticipants')}
              </Button>
              <Button
                variant="default"
                component={Link}
                href={`/meetings/${meetingId}/import`}
                leftSection={<IconFileImport size={16} aria-hidden />}
              >
                {t('reports.dashboard.importParticipants')}
              </Button>
            </Group>
          }
        />
      </Stack>
    );

  const { figures, attendanceRecorded } = dashboard;
  const total = figures.registered.participants;
  return (
    <Stack gap="lg" maw={1280}>
      {header}
      <DashboardFilters dashboard={dashboard} />
      {filter.statuses.length > 0 && (
        <>
          <HeadlineCard dashboard={dashboard} filter={filter} />
          {total === 0 ? (
            <Alert color="gray" title={t('reports.dashboard.noneMatchTitle')}>
              {t('reports.dashboard.noneMatchBody')}
            </Alert>
          ) : (
            <>
              <Paper withBorder p="md" component="section" aria-labelledby="reports-map-title">
                <Title order={3} size="h5" mb="sm" id="reports-map-title">
                  {t('reports.dashboard.map.title')}
                </Title>
                <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
                  <WorldMap byCountry={byCountry} />
                  <FigureTable
                    dimension="country"
                    buckets={figures.by.country}
                    total={total}
                    caption={t('reports.dashboard.map.tableCaption')}
                    attendanceRecorded={attendanceRecorded}
                  />
                </SimpleGrid>
              </Paper>
              <Stack gap="lg">
                {BREAKDOWNS.map((dimension) => (
                  <BreakdownCard
                    key={dimension}
                    dimension={dimension}
                    buckets={figures.by[dimension]}
                    total={total}
                    attendanceRecorded={attendanceRecorded}
                  />
                ))}
              </Stack>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
