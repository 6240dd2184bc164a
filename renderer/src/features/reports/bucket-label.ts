import type { TFunction } from 'i18next';
import { countryName } from '../../../../shared/domain/countries';
import { NOT_STATED, type Dimension } from '../../../../shared/domain/reports';
import { m49Label } from '../countries/m49-label';

/** A breakdown row's name in the UI language: a country, a region, a type, a role or a gender. */
export function bucketLabel(t: TFunction, dimension: Dimension, key: string, language: string) {
  if (key === NOT_STATED)
    return dimension === 'organisationType'
      ? t('reports.dashboard.noOrganisation')
      : t('reports.dashboard.notStated');
  switch (dimension) {
    case 'country':
      return countryName(key, language);
    case 'policeRegion':
      return t(`region.${key}`);
    case 'm49Region':
      return m49Label(t, key);
    case 'organisationType':
      return t(`orgType.${key}`);
    case 'role':
      return t(`role.${key}`);
    case 'gender':
      return t(`gender.${key}`);
  }
}

/** '12.5 %' / '12,5 %': a share of the total, one decimal. */
export function shareLabel(part: number, total: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    total === 0 ? 0 : part / total,
  );
}
