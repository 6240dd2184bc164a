import { useMemo, useRef } from 'react';
import { Alert, Button, Loader, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUsers, IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { DIRECTORY_SORTS, type DirectorySort } from '../../../../shared/domain/people-directory';
import { errorText } from '../../ui/errors';
import { ListEmptyState } from '../../ui/ListEmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { DirectoryFilters } from './DirectoryFilters';
import { useDirectoryColumns } from './directory-columns';
import { usePeopleStore, useDirectory } from './people.store';
import { VirtualTable } from './VirtualTable';

const isSort = (column: string): column is DirectorySort =>
  (DIRECTORY_SORTS as readonly string[]).includes(column);

/** Everyone Plenary knows, across meetings: found in a keystroke or three, filtered, sorted. */
export function PeopleDirectoryPage() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const query = usePeopleStore((s) => s.query);
  const countries = usePeopleStore((s) => s.countries);
  const organisations = usePeopleStore((s) => s.organisations);
  const sort = usePeopleStore((s) => s.sort);
  const descending = usePeopleStore((s) => s.descending);
  const sortBy = usePeopleStore((s) => s.sortBy);
  const clearFilters = usePeopleStore((s) => s.clearFilters);
  const setQuery = usePeopleStore((s) => s.setQuery);
  const result = usePeopleStore((s) => s.result);
  const shown = usePeopleStore((s) => s.shown);
  const error = usePeopleStore((s) => s.error);
  const [debounced] = useDebouncedValue(query, 120);
  const view = useMemo(
    () => ({ query: debounced, countries, organisations, sort, descending }),
    [debounced, countries, organisations, sort, descending],
  );
  useDirectory(view, i18n.language);
  const columns = useDirectoryColumns();
  const list = useRef<HTMLDivElement>(null);

  const rows = result?.rows ?? [];
  const total = result?.total ?? 0;
  const searched = (shown?.query.trim() ?? '') !== '';
  const filtered = (shown?.countries.length ?? 0) + (shown?.organisations.length ?? 0) > 0;
  const narrowed = searched || filtered;
  const loaded = result !== null;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('people.title')}
        status={
          loaded &&
          !error &&
          total > 0 &&
          (narrowed
            ? t('people.matchesOf', { count: rows.length, total })
            : t('people.count', { count: total }))
        }
      />
      {(total > 0 || !loaded) && (
        <DirectoryFilters
          result={result}
          onArrowDown={() =>
            list.current?.querySelector<HTMLElement>('[role="row"][data-index="0"]')?.focus()
          }
        />
      )}
      {error && (
        <Alert color="red" role="alert" title={t('people.loadFailed')}>
          {errorText(error)}
        </Alert>
      )}
      {!loaded && !error && <Loader aria-label={t('common.loading')} />}
      {loaded && total === 0 && (
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
      {loaded && total > 0 && rows.length === 0 && (
        <ListEmptyState
          icon={<IconUserSearch size={28} aria-hidden />}
          title={
            searched
              ? t('people.noMatch.title', { query: shown?.query.trim() })
              : t('people.noMatch.filtersTitle')
          }
          body={filtered ? t('people.noMatch.filtersBody') : t('people.noMatch.body')}
          action={
            filtered ? (
              <Button variant="default" onClick={clearFilters}>
                {t('people.noMatch.clearAll')}
              </Button>
            ) : (
              <Button variant="default" onClick={() => setQuery('')}>
                {t('people.noMatch.clear')}
              </Button>
            )
          }
        />
      )}
      {rows.length > 0 && (
        <div ref={list}>
          <VirtualTable
            label={t('people.tableLabel')}
            rows={rows}
            columns={columns}
            rowKey={(p) => p.id}
            onOpen={(p) => navigate(`/people/${p.id}`)}
            height="calc(100dvh - 15rem)"
            resetKey={JSON.stringify(shown)}
            minWidth="56rem"
            sort={{ column: sort, descending }}
            onSort={(column) => isSort(column) && sortBy(column)}
          />
        </div>
      )}
    </Stack>
  );
}
