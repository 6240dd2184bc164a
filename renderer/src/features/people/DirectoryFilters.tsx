import { useCallback, useMemo } from 'react';
import { Button, CloseButton, Group, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../shared/domain/countries';
import { FilterPicker, type FilterOption } from '../participants/FilterPicker';
import { useOrganisationList } from '../organisations/organisations.store';
import { NONE, usePeopleStore, type Browse } from './people.store';

/**
 * The options of one filter: what the latest answer counted (under the search and the other
 * filter), plus the values chosen that count nobody now, so they can still be unticked; "none"
 * last, the rest by label.
 */
function options(
  counted: FilterOption<string>[],
  chosen: readonly string[],
  label: (value: string) => string,
  language: string,
): FilterOption<string>[] {
  const seen = new Set(counted.map((o) => o.value));
  const all = [
    ...counted,
    ...chosen
      .filter((v) => !seen.has(v))
      .map((value) => ({ value, label: label(value), count: 0 })),
  ];
  const collator = new Intl.Collator(language);
  return all.sort(
    (a, b) =>
      Number(a.value === NONE) - Number(b.value === NONE) || collator.compare(a.label, b.label),
  );
}

interface Props {
  result: Browse | null;
  /** Arrow Down in the search box: on to the list. */
  onArrowDown(): void;
}

/** The directory's search box, its country and organisation filters, and the way to clear them. */
export function DirectoryFilters({ result, onArrowDown }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const query = usePeopleStore((s) => s.query);
  const countries = usePeopleStore((s) => s.countries);
  const organisations = usePeopleStore((s) => s.organisations);
  const setQuery = usePeopleStore((s) => s.setQuery);
  const setCountries = usePeopleStore((s) => s.setCountries);
  const setOrganisations = usePeopleStore((s) => s.setOrganisations);
  // An organisation chosen earlier may count nobody under today's search: its name comes from
  // the list of every organisation.
  const { list } = useOrganisationList();
  const organisationNames = useMemo(() => new Map(list.map((o) => [String(o.id), o.name])), [list]);

  const countryLabel = useCallback(
    (code: string) => (code === NONE ? t('people.filters.noCountry') : countryName(code, language)),
    [t, language],
  );
  const organisationLabel = useCallback(
    (id: string) =>
      id === NONE ? t('people.filters.noOrganisation') : (organisationNames.get(id) ?? id),
    [t, organisationNames],
  );

  const countryOptions = useCallback(
    () =>
      options(
        (result?.countries ?? []).map((c) => {
          const value = c.code ?? NONE;
          return { value, label: countryLabel(value), count: c.count };
        }),
        countries,
        countryLabel,
        language,
      ),
    [result, countries, countryLabel, language],
  );
  const organisationOptions = useCallback(
    () =>
      options(
        (result?.organisations ?? []).map((o) => {
          const value = o.id === null ? NONE : String(o.id);
          return {
            value,
            label: o.id === null ? organisationLabel(value) : o.name,
            count: o.count,
          };
        }),
        organisations,
        organisationLabel,
        language,
      ),
    [result, organisations, organisationLabel, language],
  );

  return (
    <Group gap="xs" align="center" wrap="wrap">
      <TextInput
        type="search"
        aria-label={t('people.search')}
        placeholder={t('people.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query) {
            e.stopPropagation();
            setQuery('');
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            onArrowDown();
          }
        }}
        rightSection={
          query ? (
            <CloseButton
              size="sm"
              aria-label={t('people.clearSearch')}
              onClick={() => setQuery('')}
            />
          ) : null
        }
        w={{ base: '100%', sm: 470 }}
        autoFocus
      />
      <FilterPicker
        label={t('people.filters.country')}
        getOptions={countryOptions}
        value={countries}
        onChange={setCountries}
        searchable
      />
      <FilterPicker
        label={t('people.filters.organisation')}
        getOptions={organisationOptions}
        value={organisations}
        onChange={setOrganisations}
        searchable
      />
      {(countries.length > 0 || organisations.length > 0) && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => {
            setCountries([]);
            setOrganisations([]);
          }}
        >
          {t('people.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
