import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Bucket, Dimension } from '../../../../shared/domain/reports';
import { bucketLabel, shareLabel } from './bucket-label';
import classes from './reports.module.css';

interface Props {
  dimension: Dimension;
  buckets: readonly Bucket[];
  total: number;
  caption: string;
  attendanceRecorded: boolean;
}

/** A breakdown's figures as a table: what a chart or the map shows, readable by everyone. */
export function FigureTable({ dimension, buckets, total, caption, attendanceRecorded }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const number = new Intl.NumberFormat(language);
  return (
    <div className={classes.figureTable}>
      <Table striped highlightOnHover stickyHeader fz="sm">
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`reports.dashboard.dimension.${dimension}`)}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('reports.dashboard.registered')}
            </Table.Th>
            {attendanceRecorded && (
              <Table.Th scope="col" ta="end">
                {t('reports.dashboard.attended')}
              </Table.Th>
            )}
            <Table.Th scope="col" ta="end">
              {t('reports.dashboard.share')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {buckets.map((b) => (
            <Table.Tr key={b.key}>
              <Table.Th scope="row" fw={400}>
                {bucketLabel(t, dimension, b.key, language)}
              </Table.Th>
              <Table.Td ta="end">{number.format(b.registered)}</Table.Td>
              {attendanceRecorded && <Table.Td ta="end">{number.format(b.attended ?? 0)}</Table.Td>}
              <Table.Td ta="end">{shareLabel(b.registered, total, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
