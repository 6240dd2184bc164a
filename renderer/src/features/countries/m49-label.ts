import type { TFunction } from 'i18next';
import en from '../../../../shared/i18n/en.json' with { type: 'json' };

// The English labels are UN M49's own names, which the backend sends: read backwards, they give
// the code without shipping the whole M49 list to the renderer.
const codeByName = new Map(Object.entries(en.countries.m49).map(([code, name]) => [name, code]));

/**
 * A UN M49 region or subregion (its English name, 'Western Europe', or its code '155') in the UI
 * language. Chromium's trimmed ICU has no names for most M49 codes, so the labels live in i18n
 * under countries.m49.<code>; an unknown one shows as the backend gave it.
 */
export function m49Label(t: TFunction, value: string): string {
  if (!value) return '';
  const code = /^\d{3}$/.test(value) ? value : codeByName.get(value);
  return code ? t(`countries.m49.${code}`, { defaultValue: value }) : value;
}
