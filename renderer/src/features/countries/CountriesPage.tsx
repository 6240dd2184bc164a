import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  EmptyState,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconSearch, IconWorldOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { normaliseName, POLICE_REGIONS } from '../../../../shared/domain/people';
import { errorText } from '../../ui/errors';
import { useCountriesStore, useCountryList } from './countries.store';
import { CountryRow } from './CountryRow';
import { NO_REGION, RegionSummary } from './RegionSummary';
import { m49Label } from './m49-label';

/**
 * Every ISO 3166-1 country, its UN M49 place and its police region, which an organiser may move.
 * About 250 rows with a native select each render at once without a virtual list.
 */
export function CountriesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { list, loaded, error } = useCountryList();
  const pending = useCountriesStore((s) => s.pending);
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState<string | null>(null);
  const [onlyAdjusted, setOnlyAdjusted] = useState(false);

  const entries = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return list
      .map((c) => {
        const name = lang.startsWith('fr') ? c.nameFr : c.nameEn;
        const key = normaliseName(
          [c.nameEn, c.nameFr, c.code, c.alpha3, c.numeric, m49Label(c.m49Subregion, lang)].join(
            ' ',
          ),
        );
        return { country: c, name, key };
      })
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [list, lang]);

  const needle = normaliseName(query);
  const shown = entries.filter(
    ({ country, key }) =>
      (!region || (country.policeRegion ?? NO_REGION) === region) &&
      (!onlyAdjusted || country.regionAdjusted) &&
      (!needle || key.includes(needle)),
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
        <EmptyState
          icon={<IconWorldOff size={28} aria-hidden />}
          withIndicatorBackground
          title={t('countries.empty.title')}
          description={t('countries.empty.body')}
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
            <EmptyState
              icon={<IconSearch size={26} aria-hidden />}
              withIndicatorBackground
              title={t('countries.noMatch.title')}
              description={t('countries.noMatch.body')}
            >
              <EmptyState.Actions>
                <Button variant="default" onClick={clear}>
                  {t('countries.noMatch.clear')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : (
            <Paper withBorder radius="md">
              <Table
                stickyHeader
                stickyHeaderOffset={56}
                verticalSpacing={6}
                highlightOnHover
                aria-label={t('countries.tableLabel')}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('countries.columns.name')}</Table.Th>
                    <Table.Th>{t('countries.columns.codes')}</Table.Th>
                    <Table.Th>{t('countries.columns.m49Region')}</Table.Th>
                    <Table.Th>{t('countries.columns.m49Subregion')}</Table.Th>
                    <Table.Th>{t('countries.columns.policeRegion')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map(({ country, name }) => (
                    <CountryRow
                      key={country.code}
                      country={country}
                      name={name}
                      busy={pending.has(country.code)}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
