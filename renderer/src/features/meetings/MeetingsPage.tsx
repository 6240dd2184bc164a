import { Alert, Button, CloseButton, Loader, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCalendarSearch, IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { errorText } from '../../ui/errors';
import { ListEmptyState } from '../../ui/ListEmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useMeetingList } from './meetings.store';
import { useMeetingsList, useMeetingsListStore } from './meetings-list.store';
import { MeetingsEmptyState } from './MeetingsEmptyState';
import { MeetingsTable } from './MeetingsTable';

/** Every meeting, found by title, city or country and sorted by date, title or size. */
export function MeetingsPage() {
  const { t } = useTranslation();
  // The whole list says whether there are meetings at all, and how many.
  const all = useMeetingList();
  const query = useMeetingsListStore((s) => s.query);
  const setQuery = useMeetingsListStore((s) => s.setQuery);
  const order = useMeetingsListStore((s) => s.order);
  const toggleSort = useMeetingsListStore((s) => s.toggleSort);
  const items = useMeetingsListStore((s) => s.items);
  const shownQuery = useMeetingsListStore((s) => s.shownQuery);
  const loaded = useMeetingsListStore((s) => s.loaded);
  const listError = useMeetingsListStore((s) => s.error);
  const [debounced] = useDebouncedValue(query, 120);
  useMeetingsList(debounced, order);

  const error = all.error ?? listError;
  const total = all.list.length;
  const searching = shownQuery.trim() !== '';
  const ready = all.loaded && loaded && !error;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('meetings.title')}
        status={
          ready &&
          total > 0 &&
          (searching
            ? t('meetings.matches', { count: items.length, total })
            : t('meetings.count', { count: total }))
        }
        actions={
          total > 0 && (
            <Button component={Link} href="/meetings/new" leftSection={<IconPlus size={16} />}>
              {t('meetings.new')}
            </Button>
          )
        }
      />
      {error && <Alert color="red">{errorText(error)}</Alert>}
      {!ready && !error && <Loader aria-label={t('common.loading')} />}
      {ready && total === 0 && <MeetingsEmptyState />}
      {total > 0 && (
        <TextInput
          type="search"
          label={t('meetings.search')}
          placeholder={t('meetings.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            query !== '' && (
              <CloseButton
                size="sm"
                aria-label={t('meetings.noMatch.clear')}
                onClick={() => setQuery('')}
              />
            )
          }
          value={query}
          maxLength={200}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query !== '') setQuery('');
          }}
          maw={520}
        />
      )}
      {ready && total > 0 && items.length === 0 && searching && (
        <ListEmptyState
          icon={<IconCalendarSearch size={28} aria-hidden />}
          title={t('meetings.noMatch.title', { query: shownQuery.trim() })}
          body={t('meetings.noMatch.body')}
          action={
            <Button variant="default" onClick={() => setQuery('')}>
              {t('meetings.noMatch.clear')}
            </Button>
          }
        />
      )}
      {total > 0 && items.length > 0 && (
        <MeetingsTable items={items} order={order} onSort={toggleSort} />
      )}
    </Stack>
  );
}
