import { useDeferredValue, useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Loader,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconSearch, IconWorldOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { normaliseName, POLICE_REGIONS } from '../../../../shared/domain/people';
import { errorText } from '../../ui/errors';
import { ListEmptyState } from '../../ui/ListEmptyState';
import { useCountryList } from './countries.store';
import { CountriesTable, type CountryEntry } from './CountriesTable';
import { NO_REGION, RegionSummary } from './RegionSummary';
import { m49Label } from './m49-label';

/**
 * Every ISO 3166-1 country, its UN M49 place and its police region, which an organiser may move.
 * About 250 rows with a native select each: few enough for a plain table, rendered deferred.
 */
const NOTHING: CountryEntry[] = [];

export function CountriesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { list, loaded, error } = useCountryList();
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState<string | null>(null);
  const [onlyAdjusted, setOnlyAdjusted] = useState(false);

  const entries = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return list
      .map((c) => {
        const name = lang.startsWith('fr') ? c.nameFr : c.nameEn;
        const key = normaliseName(
          [
            c.nameEn,
            c.nameFr,
            c.code,
            c.alpha3,
            c.numeric,
            m49Label(t, c.m49Region),
            m49Label(t, c.m49Subregion),
          ].join(' '),
        );
        return { country: c, name, key } satisfies CountryEntry;
      })
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [list, lang, t]);

  const needle = normaliseName(query);
  const shown = useMemo(
    () =>
      entries.filter(
        ({ country, key }) =>
          (!region || (country.policeRegion ?? NO_REGION) === region) &&
          (!onlyAdjusted || country.regionAdjusted) &&
          (!needle || key.includes(needle)),
      ),
    [entries, region, onlyAdjusted, needle],
  );
  // The header, counts and filters paint first; the rows follow without blocking typing.
  const deferred = useDeferredValue(shown, NOTHING);
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
    <Stack gap="md">
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
            <Select
              label={t('countries.regionFilter')}
              placeholder={t('countries.allRegions')}
              clearable
              data={regionOptions}
              value={region}
              onChange={setRegion}
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
          ) : deferred === NOTHING ? (
            <Loader aria-label={t('common.loading')} />
          ) : (
            <CountriesTable entries={deferred} />
          )}
        </>
      )}
    </Stack>
  );
}
