import { Anchor, Badge, EmptyState, Paper, Table, Title } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { z } from 'zod';
import type { PersonMeeting } from '../../../../shared/api/people';
import { formatDay } from '../../../../shared/domain/time';

type Meeting = z.output<typeof PersonMeeting>;

/** Colours that let a registrar tell at a glance who is coming and who is not. */
const STATUS_COLOURS: Record<string, string> = {
  invited: 'gray',
  registered: 'blue',
  confirmed: 'green',
  waitlisted: 'yellow',
  declined: 'red',
  cancelled: 'red',
};

/** Every meeting a person is registered to, newest first, each leading to its participants. */
export function PersonMeetings({ meetings }: { meetings: Meeting[] }) {
  const { t, i18n } = useTranslation();
  const sorted = [...meetings].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <Paper withBorder p="lg">
      <Title order={3} size="h4" mb="md" id="person-meetings">
        {t('people.page.meetings', { count: meetings.length })}
      </Title>
      {sorted.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconCalendarOff size={22} aria-hidden />}
          withIndicatorBackground
        >
          <EmptyState.Title order={3}>{t('people.page.noMeetings.title')}</EmptyState.Title>
          <EmptyState.Description>{t('people.page.noMeetings.body')}</EmptyState.Description>
        </EmptyState>
      ) : (
        <Table verticalSpacing="sm" highlightOnHover aria-labelledby="person-meetings">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('people.page.meetingColumns.meeting')}</Table.Th>
              <Table.Th>{t('people.page.meetingColumns.start')}</Table.Th>
              <Table.Th>{t('people.page.meetingColumns.role')}</Table.Th>
              <Table.Th>{t('people.page.meetingColumns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((m) => (
              <Table.Tr key={m.registrationId}>
                <Table.Td>
                  <Anchor component={Link} href={`/meetings/${m.meetingId}/participants`} fw={500}>
                    {m.meetingTitle}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDay(m.startDate, i18n.language)}</Table.Td>
                <Table.Td>{t(`role.${m.role}`)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLOURS[m.status] ?? 'gray'}>
                    {t(`status.${m.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
