import { useMemo, useState } from 'react';
import {
  Badge,
  ColorSwatch,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowUp,
  IconLock,
  IconSearch,
  IconSelector,
} from '@tabler/icons-react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatMinute } from '../../../../shared/domain/agenda';
import { normaliseName } from '../../../../shared/domain/people';
import { formatShortWeekday } from '../../../../shared/domain/time';
import { NoneText } from '../../ui/NoneText';
import { useAgendaStore, useClashes } from './agenda.store';
import { sessionRows, type SessionRow } from './session-rows';
import classes from './agenda-forms.module.css';

/** The list view: every session in a sortable, filterable table. */
export interface SessionListProps {
  onOpen(sessionId: number): void;
}

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, SessionRow>();

/** Text columns sort the way readers of the UI language expect (accents, case). */
function textSort(collator: Intl.Collator, key: 'title' | 'type' | 'room' | 'track') {
  return (a: { original: SessionRow }, b: { original: SessionRow }) =>
    collator.compare(a.original[key], b.original[key]);
}

/** Every session of the meeting in one table, for those who prefer a list to the grid. */
export function SessionList({ onOpen }: SessionListProps) {
  const { t, i18n } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda);
  const clashes = useClashes();
  const [query, setQuery] = useState('');
  const [sorting, setSorting] = useState<SortingState>([{ id: 'when', desc: false }]);
  const language = i18n.language;

  const rows = useMemo(() => (agenda ? sessionRows(agenda, clashes, t) : []), [agenda, clashes, t]);
  const needle = normaliseName(query);
  const shown = useMemo(
    () => (needle ? rows.filter((r) => r.search.includes(needle)) : rows),
    [rows, needle],
  );

  const columns = useMemo(() => {
    const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    const colours = agenda?.typeColours;
    return helper.columns([
      helper.accessor('when', {
        header: t('agenda.forms.list.when'),
        cell: ({ row }) => {
          const s = row.original.session;
          return (
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {`${formatShortWeekday(s.day, language)} · ${formatMinute(s.startMinute)}–${formatMinute(s.endMinute)}`}
            </Text>
          );
        },
      }),
      helper.accessor('title', {
        header: t('agenda.forms.list.title'),
        sortFn: textSort(collator, 'title'),
        cell: ({ row }) => {
          const s = row.original.session;
          return (
            <Group gap={6}>
              <Text size="sm" fw={500} fs={s.tentative ? 'italic' : undefined}>
                {s.title}
              </Text>
              {s.tentative && (
                <Badge size="xs" variant="outline" color="gray" tt="none" style={{ flexShrink: 0 }}>
                  {t('agenda.session.tentative')}
                </Badge>
              )}
              {s.restricted && (
                <IconLock size={14} aria-label={t('agenda.forms.list.restricted')} />
              )}
            </Group>
          );
        },
      }),
      helper.accessor('type', {
        header: t('agenda.forms.list.type'),
        sortFn: textSort(collator, 'type'),
        cell: ({ row }) => (
          <Group gap={6} wrap="nowrap">
            <ColorSwatch
              color={colours?.[row.original.session.type] ?? '#999'}
              size={12}
              aria-hidden
            />
            <Text size="sm">{row.original.type}</Text>
          </Group>
        ),
      }),
      helper.accessor('room', {
        header: t('agenda.forms.list.room'),
        sortFn: textSort(collator, 'room'),
        cell: ({ getValue }) => (getValue() ? <Text size="sm">{getValue()}</Text> : <NoneText />),
      }),
      helper.accessor('track', {
        header: t('agenda.forms.list.track'),
        sortFn: textSort(collator, 'track'),
        cell: ({ getValue }) => (getValue() ? <Text size="sm">{getValue()}</Text> : <NoneText />),
      }),
      helper.accessor('peopleCount', {
        header: t('agenda.forms.list.people'),
        cell: ({ row }) =>
          row.original.people ? (
            <Text size="sm" lineClamp={2}>
              {row.original.people}
            </Text>
          ) : (
            <NoneText />
          ),
      }),
      helper.accessor('clashes', {
        header: t('agenda.forms.list.clashes'),
        sortDescFirst: true,
        cell: ({ getValue }) =>
          getValue() > 0 ? (
            <Group gap={4} wrap="nowrap" c="orange.8">
              <IconAlertTriangle size={14} aria-hidden />
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {t('agenda.forms.list.clashCount', { count: getValue() })}
              </Text>
            </Group>
          ) : (
            <NoneText />
          ),
      }),
    ]);
  }, [t, language, agenda?.typeColours]);

  const table = useTable({
    features,
    columns,
    data: shown,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (row) => String(row.session.id),
  });

  if (!agenda) return null;
  const sortIcon = (dir: false | 'asc' | 'desc') =>
    dir === 'asc' ? (
      <IconArrowUp size={14} aria-hidden />
    ) : dir === 'desc' ? (
      <IconArrowDown size={14} aria-hidden />
    ) : (
      <IconSelector size={14} aria-hidden className={classes.sortIdle} />
    );

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <TextInput
          type="search"
          label={t('agenda.forms.list.filter')}
          placeholder={t('agenda.forms.list.filterPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={360}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('agenda.forms.list.showing', {
            shown: shown.length,
            total: rows.length,
            count: rows.length,
          })}
        </Text>
      </Group>
      <Paper withBorder radius="md" className={classes.listFrame}>
        <Table
          miw={960}
          highlightOnHover
          stickyHeader
          verticalSpacing={6}
          aria-label={t('agenda.forms.list.label')}
        >
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => {
                  const dir = header.column.getIsSorted();
                  return (
                    <Table.Th
                      key={header.id}
                      aria-sort={
                        dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'
                      }
                    >
                      <UnstyledButton
                        className={classes.sortButton}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <span>
                          <table.FlexRender header={header} />
                        </span>
                        {sortIcon(dir)}
                      </UnstyledButton>
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.getRowModel().rows.map((row) => (
              <Table.Tr
                key={row.id}
                className="clickable-row"
                tabIndex={0}
                aria-label={row.original.title}
                onClick={() => onOpen(row.original.session.id)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  onOpen(row.original.session.id);
                }}
              >
                {row.getAllCells().map((cell) => (
                  <Table.Td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {shown.length === 0 && (
          <Text c="dimmed" ta="center" p="lg">
            {rows.length === 0
              ? t('agenda.forms.list.empty')
              : t('agenda.forms.list.noMatch', { query: query.trim() })}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
