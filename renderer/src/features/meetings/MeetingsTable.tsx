import { Anchor, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { MeetingSort } from '../../../../shared/domain/meeting-search';
import { NoneText } from '../../ui/NoneText';
import type { ListOrder } from './meetings-list.store';
import type { MeetingListItem } from './meetings.store';
import { datesLabel, kindLabel, participantsLabel, placeLabel } from './meeting-labels';

interface Props {
  items: readonly MeetingListItem[];
  order: ListOrder;
  onSort(sort: MeetingSort): void;
}

/** A column header that sorts the list (Enter or Space), saying which way it is sorted. */
function SortHeader({
  sort,
  order,
  onSort,
  label,
  align,
}: Pick<Props, 'order' | 'onSort'> & { sort: MeetingSort; label: string; align?: 'end' }) {
  const active = order.sort === sort;
  const Icon = !active ? IconSelector : order.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th
      aria-sort={active ? (order.direction === 'asc' ? 'ascending' : 'descending') : undefined}
      style={{ textAlign: align }}
    >
      <UnstyledButton className="sort-button" onClick={() => onSort(sort)} fw={700} fz="sm">
        {label}
        <Icon size={14} aria-hidden opacity={active ? 1 : 0.45} />
      </UnstyledButton>
    </Table.Th>
  );
}

/** The meetings, one line each: title (and parent), kind, dates, place and participants. */
export function MeetingsTable({ items, order, onSort }: Props) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const language = i18n.language;
  const sortable = { order, onSort };
  return (
    <Table highlightOnHover verticalSpacing="sm" aria-label={t('meetings.title')}>
      <Table.Thead>
        <Table.Tr>
          <SortHeader sort="title" label={t('meetings.columns.title')} {...sortable} />
          <Table.Th>{t('meetings.columns.kind')}</Table.Th>
          <SortHeader sort="startDate" label={t('meetings.columns.dates')} {...sortable} />
          <Table.Th>{t('meetings.columns.place')}</Table.Th>
          <SortHeader
            sort="participants"
            label={t('meetings.columns.participants')}
            align="end"
            {...sortable}
          />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((m) => {
          const place = placeLabel(m, language);
          const people = participantsLabel(t, m.participants, language);
          return (
            <Table.Tr
              key={m.id}
              className="clickable-row"
              // A click on a link in the row is the link's own: navigating again here would
              // push the page twice, and Back would seem to do nothing.
              onClick={(e) => {
                if (!(e.target as HTMLElement).closest('a, button')) navigate(`/meetings/${m.id}`);
              }}
            >
              {/* The title heads its row, so assistive technology announces it with each cell. */}
              <Table.Th scope="row" fw="normal" maw={420}>
                <Stack gap={2}>
                  <Anchor component={Link} href={`/meetings/${m.id}`} fw={500}>
                    {m.title}
                  </Anchor>
                  {m.parentId !== null && m.parentTitle !== null && (
                    <Text size="xs" c="dimmed">
                      {t('meetings.columns.parent')}{' '}
                      <Anchor component={Link} href={`/meetings/${m.parentId}`} size="xs">
                        {m.parentTitle}
                      </Anchor>
                    </Text>
                  )}
                </Stack>
              </Table.Th>
              <Table.Td>{kindLabel(t, m.kind)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{datesLabel(m, language)}</Table.Td>
              <Table.Td>
                {place || m.venue ? (
                  <Stack gap={2}>
                    {place && <span>{place}</span>}
                    {m.venue && (
                      <Text size="xs" c="dimmed">
                        {m.venue}
                      </Text>
                    )}
                  </Stack>
                ) : (
                  <NoneText />
                )}
              </Table.Td>
              <Table.Td style={{ textAlign: 'end' }} maw={240}>
                <Stack gap={2} align="flex-end">
                  <Text
                    size="sm"
                    fw={people.strong ? 500 : 400}
                    c={people.muted ? 'dimmed' : undefined}
                  >
                    {people.main}
                  </Text>
                  {people.secondary && (
                    <Text size="xs" c="dimmed">
                      {people.secondary}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
