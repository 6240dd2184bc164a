import type { ReactNode } from 'react';
import { Anchor, Badge, EmptyState, Paper, Table, Text, Title } from '@mantine/core';
import { IconCalendarOff, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Output } from '../../../../shared/api';
import { countryName } from '../../../../shared/domain/countries';
import { sortName } from '../../../../shared/domain/people';
import { formatDayRange } from '../../../../shared/domain/time';
import { NoneText } from '../../ui/NoneText';

type Details = Output<'organisations.get'>;

/** A titled card holding a table, or an empty state when there is nothing to list. */
function Section(props: {
  id: string;
  title: string;
  /** What the figures mean, under the title. */
  note?: string;
  empty: { icon: ReactNode; title: string; body: string } | null;
  children: ReactNode;
}) {
  const { id, title, note, empty, children } = props;
  return (
    <Paper withBorder p="lg">
      <Title order={3} size="h4" mb={note && !empty ? 4 : 'md'} id={id}>
        {title}
      </Title>
      {note && !empty && (
        <Text size="sm" c="dimmed" mb="md">
          {note}
        </Text>
      )}
      {empty ? (
        <EmptyState size="sm" icon={empty.icon} withIndicatorBackground>
          <EmptyState.Title order={4}>{empty.title}</EmptyState.Title>
          <EmptyState.Description>{empty.body}</EmptyState.Description>
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={720}>{children}</Table.ScrollContainer>
      )}
    </Paper>
  );
}

/** The organisation's people, by name, each leading to their page. */
export function OrganisationPeople({ people }: { people: Details['people'] }) {
  const { t, i18n } = useTranslation();
  return (
    <Section
      id="organisation-people"
      title={t('organisations.page.people', { count: people.length })}
      empty={
        people.length === 0
          ? {
              icon: <IconUserOff size={22} aria-hidden />,
              title: t('organisations.page.noPeople.title'),
              body: t('organisations.page.noPeople.body'),
            }
          : null
      }
    >
      <Table verticalSpacing="sm" highlightOnHover aria-labelledby="organisation-people">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organisations.page.peopleColumns.name')}</Table.Th>
            <Table.Th>{t('organisations.page.peopleColumns.position')}</Table.Th>
            <Table.Th>{t('organisations.page.peopleColumns.country')}</Table.Th>
            <Table.Th>{t('organisations.page.peopleColumns.email')}</Table.Th>
            <Table.Th ta="end">{t('organisations.page.peopleColumns.meetings')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={Link} href={`/people/${p.id}`} fw={500}>
                  {sortName(p)}
                </Anchor>
              </Table.Td>
              <Table.Td>{p.position || <NoneText />}</Table.Td>
              <Table.Td>
                {p.countryCode ? countryName(p.countryCode, i18n.language) : <NoneText />}
              </Table.Td>
              <Table.Td>{p.email || <NoneText />}</Table.Td>
              <Table.Td ta="end">
                <Badge variant={p.meetingCount > 0 ? 'light' : 'outline'} color="indigo">
                  {p.meetingCount}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

/** The meetings its people are registered to, newest first, with how many and how many coming. */
export function OrganisationMeetings({ meetings }: { meetings: Details['meetings'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Section
      id="organisation-meetings"
      title={t('organisations.page.meetings', { count: meetings.length })}
      note={t('organisations.page.meetingsNote')}
      empty={
        meetings.length === 0
          ? {
              icon: <IconCalendarOff size={22} aria-hidden />,
              title: t('organisations.page.noMeetings.title'),
              body: t('organisations.page.noMeetings.body'),
            }
          : null
      }
    >
      <Table verticalSpacing="sm" highlightOnHover aria-labelledby="organisation-meetings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organisations.page.meetingColumns.meeting')}</Table.Th>
            <Table.Th>{t('organisations.page.meetingColumns.dates')}</Table.Th>
            <Table.Th>{t('organisations.page.meetingColumns.place')}</Table.Th>
            <Table.Th ta="end">{t('organisations.page.meetingColumns.registered')}</Table.Th>
            <Table.Th ta="end">{t('organisations.page.meetingColumns.coming')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((m) => {
            const place = [m.city, m.countryCode ? countryName(m.countryCode, language) : '']
              .filter(Boolean)
              .join(', ');
            return (
              <Table.Tr key={m.meetingId}>
                <Table.Td>
                  <Anchor component={Link} href={`/meetings/${m.meetingId}/participants`} fw={500}>
                    {m.title}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDayRange(m.startDate, m.endDate, language)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{place || <NoneText />}</Table.Td>
                <Table.Td ta="end">{m.registered}</Table.Td>
                <Table.Td ta="end">{m.coming}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
