import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Bucket, Dimension } from '../../../../shared/domain/reports';
import { bucketLabel } from './bucket-label';
import { FigureTable } from './FigureTable';

interface Props {
  dimension: Exclude<Dimension, 'country'>;
  buckets: readonly Bucket[];
  total: number;
  attendanceRecorded: boolean;
}

/** One breakdown (region, organisation type, role, gender): a bar chart and its table. */
export function BreakdownCard({ dimension, buckets, total, attendanceRecorded }: Props) {
  const { t, i18n } = useTranslation();
  const title = t(`reports.dashboard.chart.${dimension}`);
  const registered = t('reports.dashboard.registered');
  const attended = t('reports.dashboard.attended');
  const data = buckets.map((b) => ({
    label: bucketLabel(t, dimension, b.key, i18n.language),
    [registered]: b.registered,
    ...(attendanceRecorded ? { [attended]: b.attended ?? 0 } : {}),
  }));
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {/* The chart repeats the table for sighted readers; the table is what assistive tech reads. */}
        <div aria-hidden>
          <BarChart
            h={Math.max(140, 34 * data.length + 40)}
            data={data}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 150, allowDecimals: false }}
            xAxisProps={{ allowDecimals: false }}
            gridAxis="none"
            withLegend={attendanceRecorded}
            series={[
              { name: registered, color: 'blue.6' },
              ...(attendanceRecorded ? [{ name: attended, color: 'teal.6' }] : []),
            ]}
          />
        </div>
        <FigureTable
          dimension={dimension}
          buckets={buckets}
          total={total}
          caption={title}
          attendanceRecorded={attendanceRecorded}
        />
      </SimpleGrid>
    </Paper>
  );
}
