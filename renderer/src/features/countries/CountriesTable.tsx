import { useMemo } from 'react';
import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { POLICE_REGIONS } from '../../../../shared/domain/people';
import { useCountriesStore, type Country } from './countries.store';
import { CountryRow } from './CountryRow';

export interface CountryEntry {
  country: Country;
  /** The name in the UI language. */
  name: string;
  /** The M49 region and subregion in the UI language. */
  m49: { region: string; subregion: string };
}

/**
 * The countries in view, a plain table whose columns keep readable widths (the name never
 * shrinks below its minimum; a narrow window scrolls the table sideways). Rows are memoised, so
 * a search only renders the rows it adds.
 */
export function CountriesTable({ entries }: { entries: readonly CountryEntry[] }) {
  const { t } = useTranslation();
  const pending = useCountriesStore((s) => s.pending);
  // One options array for every row, so a row re-renders only when its own country changes.
  const options = useMemo(
    () => POLICE_REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) })),
    [t],
  );
  return (
    <Paper withBorder radius="md" className="countries-wrap">
      <table className="countries-table" aria-label={t('countries.tableLabel')}>
        <colgroup>
          <col className="col-name" />
          <col className="col-codes" />
          <col className="col-m49" />
          <col className="col-subregion" />
          <col className="col-police" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('countries.columns.name')}</th>
            <th scope="col">{t('countries.columns.codes')}</th>
            <th scope="col">{t('countries.columns.m49Region')}</th>
            <th scope="col">{t('countries.columns.m49Subregion')}</th>
            <th scope="col">{t('countries.columns.policeRegion')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ country, name, m49 }) => (
            <CountryRow
              key={country.code}
              country={country}
              name={name}
              m49={m49}
              options={options}
              busy={pending.has(country.code)}
              t={t}
            />
          ))}
        </tbody>
      </table>
    </Paper>
  );
}
