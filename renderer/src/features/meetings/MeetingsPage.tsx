import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useMeetingList } from './meetings.store';
import { datesLabel, kindLabel, placeLabel } from './meeting-labels';
import { MeetingsEmptyState } from './MeetingsEmptyState';
import { errorText } from '../../ui/errors';

export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const { list, loaded, error } = useMeetingList();
  const titleOf = new Map(list.map((m) => [m.id, m.title]));

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <div>
          <Title order={2}>{t('meetings.title')}</Title>
          {loaded && list.length > 0 && (
            <Text c="dimmed" size="sm">
              {t('meetings.count', { count: list.length })}
            </Text>
          )}
        </div>
        {list.length > 0 && (
          <Button component={Link} href="/meetings/new" leftSection={<IconPlus size={16} />}>
            {t('meetings.new')}
          </Button>
        )}
      </Group>
      {error && <Alert color="red">{errorText(error)}</Alert>}
      {!loaded && <Loader aria-label={t('common.loading')} />}
      {loaded && !error && list.length === 0 && <MeetingsEmptyState />}
      {list.length > 0 && (
        <Table highlightOnHover verticalSpacing="sm" aria-label={t('meetings.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meetings.columns.title')}</Table.Th>
              <Table.Th>{t('meetings.columns.kind')}</Table.Th>
              <Table.Th>{t('meetings.columns.dates')}</Table.Th>
              <Table.Th>{t('meetings.columns.place')}</Table.Th>
              <Table.Th>{t('meetings.columns.parent')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((m) => (
              <Table.Tr
                key={m.id}
                className="clickable-row"
                // A click on a link in the row is the link's own: navigating again here would
                // push the page twice, and Back would seem to do nothing.
                onClick={(e) => {
                  if (!(e.target as HTMLElement).closest('a')) navigate(`/meetings/${m.id}`);
                }}
              >
                {/* The title heads its row, so assistive technology announces it with each cell. */}
                <Table.Th scope="row" fw="normal">
                  <Anchor component={Link} href={`/meetings/${m.id}`} fw={500}>
                    {m.title}
                  </Anchor>
                </Table.Th>
                <Table.Td>{kindLabel(t, m.kind)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{datesLabel(m, i18n.language)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {placeLabel(m, i18n.language) || t('common.none')}
                </Table.Td>
                <Table.Td>
                  {m.parentId !== null && titleOf.has(m.parentId) ? (
                    <Anchor component={Link} href={`/meetings/${m.parentId}`} size="sm">
                      {titleOf.get(m.parentId)}
                    </Anchor>
                  ) : (
                    t('common.none')
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
