import { memo } from 'react';
import { ActionIcon, Badge, Group, NativeSelect, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type PoliceRegion } from '../../../../shared/domain/people';
import { errorText } from '../../ui/errors';
import { useCountriesStore, type Country } from './countries.store';
import { m49Label } from './m49-label';

interface Props {
  country: Country;
  name: string;
  options: readonly { value: PoliceRegion; label: string }[];
  busy: boolean;
}

/** One country: its codes, its UN M49 place, and the police region an organiser may change. */
export const CountryRow = memo(function CountryRow({ country, name, options, busy }: Props) {
  const { t } = useTranslation();
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
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {name}
      </Table.Th>
      <Table.Td>
        <Text span size="sm" ff="monospace" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {country.code} · {country.alpha3} · {country.numeric}
        </Text>
      </Table.Td>
      <Table.Td>{m49Label(t, country.m49Region) || t('common.none')}</Table.Td>
      <Table.Td>{m49Label(t, country.m49Subregion) || t('common.none')}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <NativeSelect
            size="xs"
            w={250}
            aria-label={t('countries.regionOf', { name })}
            data={
              country.policeRegion
                ? options
                : [{ value: '', label: t('countries.noRegion'), disabled: true }, ...options]
            }
            value={country.policeRegion ?? ''}
            disabled={busy}
            onChange={(e) => void move(e.currentTarget.value as PoliceRegion)}
          />
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
        </Group>
      </Table.Td>
    </Table.Tr>
  );
});
