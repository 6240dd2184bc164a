import { useMemo } from 'react';
import { Alert, Anchor, Badge, Button, Loader, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUsers, IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { sortName } from '../../../../shared/domain/people';
import { countryName } from '../../../../shared/domain/countries';
import { errorText } from '../../ui/errors';
import { ListEmptyState } from '../../ui/ListEmptyState';
import { NoneText } from '../../ui/NoneText';
import { PageHeader } from '../../ui/PageHeader';
import { usePeopleStore, useDirectory, type DirectoryRow } from './people.store';
import { VirtualTable, type Column } from './VirtualTable';
import { formatNumber } from '../../../../shared/domain/numbers';

/** Everyone Plenary knows, across meetings, found in a keystroke or three. */
export function PeopleDirectoryPage() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const query = usePeopleStore((s) => s.query);
  const setQuery = usePeopleStore((s) => s.setQuery);
  const rows = usePeopleStore((s) => s.rows);
  const shownQuery = usePeopleStore((s) => s.shownQuery);
  const loaded = usePeopleStore((s) => s.loaded);
  const error = usePeopleStore((s) => s.error);
  const [debounced] = useDebouncedValue(query, 120);
  useDirectory(debounced);

  const language = i18n.language;
  const columns = useMemo<Column<DirectoryRow>[]>(
    () => [
      {
        id: 'name',
        header: t('people.columns.name'),
        width: 'minmax(14rem, 2fr)',
        render: (p) => (
          <Anchor component={Link} href={`/people/${p.id}`} tabIndex={-1} fw={500} size="sm">
            {sortName(p)}
          </Anchor>
        ),
      },
      {
        id: 'organisation',
        header: t('people.columns.organisation'),
        width: 'minmax(12rem, 2fr)',
        render: (p) => p.organisationName || <NoneText />,
      },
      {
        id: 'country',
        header: t('people.columns.country'),
        width: 'minmax(9rem, 1fr)',
        render: (p) => (p.countryCode ? countryName(p.countryCode, language) : <NoneText />),
      },
      {
        id: 'email',
        header: t('people.columns.email'),
        width: 'minmax(12rem, 1.5fr)',
        render: (p) => p.email || <NoneText />,
      },
      {
        id: 'meetings',
        header: t('people.columns.meetings'),
        width: '7.5rem',
        align: 'end',
        render: (p) => (
          <Badge variant={p.meetingCount > 0 ? 'light' : 'outline'} color="indigo" size="md">
            {formatNumber(p.meetingCount, language)}
          </Badge>
        ),
      },
    ],
    [t, language],
  );

  const searching = shownQuery.trim() !== '';
  return (
    <Stack gap="md">
      <PageHeader
        title={t('people.title')}
        status={
          loaded &&
          !error &&
          (rows.length > 0 || searching) &&
          (searching
            ? t('people.matches', { count: rows.length })
            : t('people.count', { count: rows.length }))
        }
      />
      {(rows.length > 0 || query !== '' || !loaded) && (
        <TextInput
          type="search"
          label={t('people.search')}
          placeholder={t('people.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          maw={520}
          autoFocus
        />
      )}
      {error && (
        <Alert color="red" role="alert" title={t('people.loadFailed')}>
          {errorText(error)}
        </Alert>
      )}
      {!loaded && <Loader aria-label={t('common.loading')} />}
      {loaded && !error && rows.length === 0 && !searching && (
        <ListEmptyState
          icon={<IconUsers size={28} aria-hidden />}
          title={t('people.empty.title')}
          body={t('people.empty.body')}
          action={
            <Button component={Link} href="/meetings" variant="light">
              {t('people.empty.toMeetings')}
            </Button>
          }
        />
      )}
      {loaded && !error && rows.length === 0 && searching && (
        <ListEmptyState
          icon={<IconUserSearch size={28} aria-hidden />}
          title={t('people.noMatch.title', { query: shownQuery.trim() })}
          body={t('people.noMatch.body')}
          action={
            <Button variant="default" onClick={() => setQuery('')}>
              {t('people.noMatch.clear')}
            </Button>
          }
        />
      )}
      {rows.length > 0 && (
        <VirtualTable
          label={t('people.tableLabel')}
          rows={rows}
          columns={columns}
          rowKey={(p) => p.id}
          onOpen={(p) => navigate(`/people/${p.id}`)}
          height="calc(100dvh - 17rem)"
          resetKey={shownQuery}
          minWidth="56rem"
        />
      )}
    </Stack>
  );
}
