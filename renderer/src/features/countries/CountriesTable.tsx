import { useMemo } from 'react';
import { Paper, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { POLICE_REGIONS } from '../../../../shared/domain/people';
import { useCountriesStore, type Country } from './countries.store';
import { CountryRow } from './CountryRow';

export interface CountryEntry {
  country: Country;
  /** The name in the UI language. */
  name: string;
  /** Folded text the search box matches against. */
  key: string;
}

/** The countries in view; rows are memoised, so a search only renders the rows it adds. */
export function CountriesTable({ entries }: { entries: readonly CountryEntry[] }) {
  const { t } = useTranslation();
  const pending = useCountriesStore((s) => s.pending);
  // One options array for every row, so a row re-renders only when its own country changes.
  const options = useMemo(
    () => POLICE_REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) })),
    [t],
  );
  return (
    <Paper withBorder radius="md">
      <Table
        stickyHeader
        stickyHeaderOffset={56}
        verticalSpacing={6}
        highlightOnHover
        // Fixed widths, so the columns stay put while the search narrows the rows.
        layout="fixed"
        miw={960}
        aria-label={t('countries.tableLabel')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('countries.columns.name')}</Table.Th>
            <Table.Th w="10rem">{t('countries.columns.codes')}</Table.Th>
            <Table.Th w="10rem">{t('countries.columns.m49Region')}</Table.Th>
            <Table.Th w="14rem">{t('countries.columns.m49Subregion')}</Table.Th>
            <Table.Th w="25rem">{t('countries.columns.policeRegion')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map(({ country, name }) => (
            <CountryRow
              key={country.code}
              country={country}
              name={name}
              options={options}
              busy={pending.has(country.code)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
