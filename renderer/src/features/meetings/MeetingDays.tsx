import { Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/domain/meeting';
import { daysBetween, formatWeekday } from '../../../../shared/domain/time';

/** The meeting's calendar days, numbered, in the UI language. */
export function MeetingDays({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const days = daysBetween(meeting.startDate, meeting.endDate);
  return (
    <Paper withBorder p="lg">
      <Title order={3} size="h4" mb="sm" id="meeting-days">
        {t('meetings.page.days')}
      </Title>
      <Table aria-labelledby="meeting-days">
        <Table.Tbody>
          {days.map((day, i) => (
            <Table.Tr key={day}>
              <Table.Td w={120} fw={600}>
                {t('meetings.page.dayNumber', { n: i + 1 })}
              </Table.Td>
              <Table.Td>{formatWeekday(day, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
