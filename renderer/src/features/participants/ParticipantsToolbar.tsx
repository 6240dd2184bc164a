import { useMemo } from 'react';
import { Button, CloseButton, Group, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  ORGANISATION_TYPES,
  POLICE_REGIONS,
  ROLES,
  STATUSES,
} from '../../../../shared/domain/people';
import { useParticipantsStore } from './participants.store';
import {
  countryLabel,
  facetCounts,
  isFiltered,
  NO_COUNTRY,
  presentCountries,
} from './participant-view';
import { FilterPicker, type FilterOption } from './FilterPicker';
import { ColumnsMenu } from './ColumnsMenu';
import type { FilterKey, Participant } from './participant-types';
import { PresenceFilter } from '../attendance/presence/PresenceFilter';
import {
  usePresenceFilterStore,
  usePresenceIds,
} from '../attendance/presence/presence-filter.store';

/** Search and filters; they combine. */
export function ParticipantsToolbar() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows = useParticipantsStore((s) => s.rows);
  const query = useParticipantsStore((s) => s.query);
  const filters = useParticipantsStore((s) => s.filters);
  const searchIds = useParticipantsStore((s) => s.searchIds);
  const setQuery = useParticipantsStore((s) => s.setQuery);
  const setFilter = useParticipantsStore((s) => s.setFilter);
  const clearFilters = useParticipantsStore((s) => s.clearFilters);
  const meetingId = useParticipantsStore((s) => s.meetingId);
  const presenceIds = usePresenceIds(meetingId);
  const presenceOn = presenceIds !== null;

  // Each list is built when its filter opens: counting 10,000 rows five times would otherwise
  // delay the table's first paint for lists nobody has looked at yet. Counts follow the search
  // and the other filters, so they say what ticking a value would show.
  const getters = useMemo(() => {
    const list =
      <V extends string>(
        key: FilterKey,
        values: () => readonly V[],
        label: (v: V) => string,
        valueOf: (r: Participant) => string | null,
      ) =>
      (): FilterOption<V>[] => {
        // The presence filter narrows what the counts are taken over, like any other filter.
        const base = presenceIds ? rows.filter((r) => presenceIds.has(r.id)) : rows;
        const counts = facetCounts(base, filters, searchIds, key, valueOf);
        return values().map((value) => ({
          value,
          label: label(value),
          count: counts.get(value) ?? 0,
        }));
      };
    return {
      country: list(
        'country',
        () => presentCountries(rows, language),
        (c) => (c === NO_COUNTRY ? t('participants.filters.noCountry') : countryLabel(c, language)),
        (r) => r.countryCode ?? NO_COUNTRY,
      ),
      region: list(
        'region',
        () => POLICE_REGIONS,
        (v) => t(`region.${v}`),
        (r) => r.policeRegion,
      ),
      orgType: list(
        'orgType',
        () => ORGANISATION_TYPES,
        (v) => t(`orgType.${v}`),
        (r) => r.organisationType,
      ),
      role: list(
        'role',
        () => ROLES,
        (v) => t(`role.${v}`),
        (r) => r.role,
      ),
      status: list(
        'status',
        () => STATUSES,
        (v) => t(`status.${v}`),
        (r) => r.status,
      ),
    };
  }, [rows, filters, searchIds, presenceIds, language, t]);

  return (
    <Group gap="xs" wrap="wrap">
      <TextInput
        type="search"
        w={300}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query) {
            e.stopPropagation();
            setQuery('');
          }
        }}
        placeholder={t('participants.searchPlaceholder')}
        aria-label={t('participants.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          query ? (
            <CloseButton
              size="sm"
              aria-label={t('participants.clearSearch')}
              onClick={() => setQuery('')}
            />
          ) : null
        }
      />
      <FilterPicker
        label={t('participants.filters.country')}
        getOptions={getters.country}
        value={filters.country}
        onChange={(v) => setFilter('country', v)}
        searchable
      />
      <FilterPicker
        label={t('participants.filters.region')}
        getOptions={getters.region}
        value={filters.region}
        onChange={(v) => setFilter('region', v)}
      />
      <FilterPicker
        label={t('participants.filters.orgType')}
        getOptions={getters.orgType}
        value={filters.orgType}
        onChange={(v) => setFilter('orgType', v)}
      />
      <FilterPicker
        label={t('participants.filters.role')}
        getOptions={getters.role}
        value={filters.role}
        onChange={(v) => setFilter('role', v)}
      />
      <FilterPicker
        label={t('participants.filters.status')}
        getOptions={getters.status}
        value={filters.status}
        onChange={(v) => setFilter('status', v)}
      />
      {meetingId !== null && <PresenceFilter meetingId={meetingId} />}
      {(isFiltered(filters, query) || presenceOn) && (
        <Button
          variant="subtle"
          onClick={() => {
            clearFilters();
            usePresenceFilterStore.getState().choose([]);
          }}
          leftSection={<IconFilterOff size={16} aria-hidden />}
        >
          {t('participants.filters.clear')}
        </Button>
      )}
      <Group ms="auto">
        <ColumnsMenu />
      </Group>
    </Group>
  );
}
