import { SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { POLICE_REGIONS } from '../../../../shared/domain/people';
import type { Country } from './countries.store';
import './countries.css';
import { formatNumber } from '../../../../shared/domain/numbers';

/** The filter value for countries that have no police region. */
export const NO_REGION = 'none';

interface Props {
  list: readonly Country[];
  selected: string | null;
  onSelect(region: string | null): void;
}

/** How many countries each region holds; a card also filters the table to its region. */
export function RegionSummary({ list, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const counts = new Map<string, { total: number; adjusted: number }>();
  for (const c of list) {
    const key = c.policeRegion ?? NO_REGION;
    const entry = counts.get(key) ?? { total: 0, adjusted: 0 };
    entry.total += 1;
    if (c.regionAdjusted) entry.adjusted += 1;
    counts.set(key, entry);
  }
  const keys: string[] = [...POLICE_REGIONS];
  if (counts.has(NO_REGION)) keys.push(NO_REGION);

  return (
    <SimpleGrid
      cols={{ base: 2, sm: 3, lg: keys.length }}
      spacing="sm"
      role="group"
      aria-label={t('countries.summary')}
    >
      {keys.map((key) => {
        const entry = counts.get(key) ?? { total: 0, adjusted: 0 };
        const label = key === NO_REGION ? t('countries.noRegion') : t(`region.${key}`);
        const pressed = selected === key;
        return (
          <UnstyledButton
            key={key}
            className="region-card"
            data-pressed={pressed || undefined}
            aria-pressed={pressed}
            aria-label={t('countries.summaryCard', { region: label, count: entry.total })}
            onClick={() => onSelect(pressed ? null : key)}
          >
            <Text size="xs" fw={600} c="dimmed" lineClamp={2} mih="2.2rem">
              {label}
            </Text>
            <Text fz={26} fw={700} lh={1.2}>
              {formatNumber(entry.total, i18n.language)}
            </Text>
            <Text size="xs" c={entry.adjusted ? 'orange.8' : 'dimmed'}>
              {entry.adjusted
                ? t('countries.adjustedCount', { count: entry.adjusted })
                : t('countries.noneAdjusted')}
            </Text>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}
