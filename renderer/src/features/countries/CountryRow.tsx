import { memo } from 'react';
import { ActionIcon, Badge, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type PoliceRegion } from '../../../../shared/domain/people';
import { errorText } from '../../ui/errors';
import { useCountriesStore, type Country } from './countries.store';

interface Props {
  country: Country;
  name: string;
  /** The country's M49 region and subregion, in the UI language. */
  m49: { region: string; subregion: string };
  options: readonly { value: PoliceRegion; label: string }[];
  busy: boolean;
  /**
   * The table's translator (a new one when the language changes, which re-renders the rows): one
   * useTranslation per row would subscribe 250 rows to language changes, a fifth of the
   * screen's first render.
   */
  t: TFunction;
}

/**
 * One country: its codes, its UN M49 place, and the police region an organiser may change. Plain
 * elements and a native select: 250 rows of them paint in a few milliseconds.
 */
export const CountryRow = memo(function CountryRow({
  country,
  name,
  m49,
  options,
  busy,
  t,
}: Props) {
  const regionLabel = (r: PoliceRegion | null) => (r ? t(`region.${r}`) : t('countries.noRegion'));

  async function move(region: PoliceRegion) {
    const result = await useCountriesStore.getState().setRegion(country.code, region);
    notifications.show(
      result.ok
        ? { color: 'green', message: t('countries.moved', { name, region: regionLabel(region) }) }
        : { color: 'red', message: errorText(result.error) },
    );
  }

  async function reset() {
    const result = await useCountriesStore.getState().resetRegion(country.code);
    notifications.show(
      result.ok
        ? {
            color: 'green',
            message: t('countries.resetDone', {
              name,
              region: regionLabel(result.value.policeRegion),
            }),
          }
        : { color: 'red', message: errorText(result.error) },
    );
  }

  return (
    <tr>
      <th scope="row">{name}</th>
      <td className="country-codes">
        {country.code} · {country.alpha3} · {country.numeric}
      </td>
      <td>{m49.region || t('common.none')}</td>
      <td>{m49.subregion || t('common.none')}</td>
      <td>
        <div className="country-region">
          <select
            className="country-select"
            aria-label={t('countries.regionOf', { name })}
            value={country.policeRegion ?? ''}
            disabled={busy}
            onChange={(e) => void move(e.currentTarget.value as PoliceRegion)}
          >
            {!country.policeRegion && (
              <option value="" disabled>
                {t('countries.noRegion')}
              </option>
            )}
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {country.regionAdjusted && (
            <>
              <Tooltip label={t('countries.adjustedHint')} withArrow>
                <Badge color="orange" variant="light" size="sm">
                  {t('countries.adjusted')}
                </Badge>
              </Tooltip>
              <Tooltip label={t('countries.reset')} withArrow>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  disabled={busy}
                  aria-label={t('countries.resetOf', { name })}
                  onClick={() => void reset()}
                >
                  <IconArrowBackUp size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </>
          )}
        </div>
      </td>
    </tr>
  );
});
