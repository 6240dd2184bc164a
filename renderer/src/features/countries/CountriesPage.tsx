import { useDeferredValue, useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconSearch, IconWorldOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { normaliseName, POLICE_REGIONS } from '../../../../shared/domain/people';
import { countryName } from '../../../../shared/domain/countries';
import { errorText } from '../../ui/errors';
import { ListEmptyState } from '../../ui/ListEmptyState';
import { useCountryList } from './countries.store';
import { CountriesTable, type CountryEntry } from './CountriesTable';
import { NO_REGION, RegionSummary } from './RegionSummary';
import { m49Label } from './m49-label';

/** Rows painted with the header; the rest follow a moment later, without blocking input. */
const FIRST_ROWS = 40;

/**
 * The table, whose first rows paint with the rest of the screen on mount; the whole list follows
 * a moment later, and later searches render without blocking typing.
 */
function ProgressiveTable({ entries }: { entries: readonly CountryEntry[] }) {
  const [first] = useState(() => entries.slice(0, FIRST_ROWS));
  const deferred = useDeferredValue(entries, first);
  return <CountriesTable entries={deferred} />;
}

/** What a search finds a country by: its names in both languages, codes and M49 places, folded. */
function searchKey({ country: c, m49 }: CountryEntry): string {
  return normaliseName(
    [
      countryName(c.code, 'en'),
      countryName(c.code, 'fr'),
      c.nameEn,
      c.nameFr,
      c.code,
      c.alpha3,
      c.numeric,
      m49.region,
      m49.subregion,
    ].join(' '),
  );
}

/**
 * Every ISO 3166-1 country, its UN M49 place and its police region, which an organiser may move.
 * About 250 rows with a native select each: few enough for a plain table. Names are the shared
 * country names (the same as in the backend's documents), searchable in English and French.
 */
export function CountriesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { list, loaded, error } = useCountryList();
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState<string | null>(null);
  const [onlyAdjusted, setOnlyAdjusted] = useState(false);

  const entries = useMemo(() => {
    const collator = new Intl.Collator(lang);
    // About 25 distinct M49 places among 250 countries: each label is translated once.
    const labels = new Map<string, string>();
    const label = (value: string) => {
      let text = labels.get(value);
      if (text === undefined) labels.set(value, (text = m49Label(t, value)));
      return text;
    };
    return list
      .map((c) => {
        const name = countryName(c.code, lang);
        const m49 = { region: label(c.m49Region), subregion: label(c.m49Subregion) };
        return { country: c, name, m49 } satisfies CountryEntry;
      })
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [list, lang, t]);

  const needle = normaliseName(query);
  // The folded text a search matches against, built on the first search rather than with the
  // screen: it names every country in both languages, half of the first paint's work otherwise.
  const searching = needle !== '';
  const searchKeys = useMemo(
    () => (searching ? new Map(entries.map((e) => [e.country.code, searchKey(e)])) : null),
    [entries, searching],
  );
  const shown = useMemo(
    () =>
      entries.filter(
        ({ country }) =>
          (!region || (country.policeRegion ?? NO_REGION) === region) &&
          (!onlyAdjusted || country.regionAdjusted) &&
          (!searchKeys || searchKeys.get(country.code)!.includes(needle)),
      ),
    [entries, region, onlyAdjusted, needle, searchKeys],
  );
  const adjustedTotal = list.filter((c) => c.regionAdjusted).length;
  const clear = () => {
    setQuery('');
    setRegion(null);
    setOnlyAdjusted(false);
  };
  const regionOptions = [
    ...POLICE_REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) })),
    { value: NO_REGION, label: t('countries.noRegion') },
  ];

  return (
    <Stack gap="md" data-testid="countries-screen">
      <div>
        <Title order={2}>{t('countries.title')}</Title>
        <Text c="dimmed" size="sm">
          {loaded && !error && t('countries.intro', { count: list.length })}
          {adjustedTotal > 0 && ` · ${t('countries.adjustedCount', { count: adjustedTotal })}`}
        </Text>
      </div>
      {error && (
        <Alert color="red" role="alert" title={t('countries.loadFailed')}>
          {errorText(error)}
        </Alert>
      )}
      {!loaded && <Loader aria-label={t('common.loading')} />}
      {loaded && !error && list.length === 0 && (
        <ListEmptyState
          icon={<IconWorldOff size={28} aria-hidden />}
          title={t('countries.empty.title')}
          body={t('countries.empty.body')}
        />
      )}
      {list.length > 0 && (
        <>
          <RegionSummary list={list} selected={region} onSelect={setRegion} />
          <Group align="flex-end" gap="md">
            <TextInput
              type="search"
              label={t('countries.search')}
              placeholder={t('countries.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              w={320}
            />
            {/* A native select, as in the rows: Mantine's Select is a combobox in a popover,
                whose code and positioning were a good part of the screen's first paint. */}
            <NativeSelect
              label={t('countries.regionFilter')}
              data={[{ value: '', label: t('countries.allRegions') }, ...regionOptions]}
              value={region ?? ''}
              onChange={(e) => setRegion(e.currentTarget.value || null)}
              w={260}
            />
            <Switch
              label={t('countries.onlyAdjusted')}
              checked={onlyAdjusted}
              onChange={(e) => setOnlyAdjusted(e.currentTarget.checked)}
              mb={8}
            />
          </Group>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('countries.shown', { count: shown.length, total: list.length })}
          </Text>
          {shown.length === 0 ? (
            <ListEmptyState
              icon={<IconSearch size={26} aria-hidden />}
              title={t('countries.noMatch.title')}
              body={t('countries.noMatch.body')}
              action={
                <Button variant="default" onClick={clear}>
                  {t('countries.noMatch.clear')}
                </Button>
              }
            />
          ) : (
            <ProgressiveTable entries={shown} />
          )}
        </>
      )}
    </Stack>
  );
}
