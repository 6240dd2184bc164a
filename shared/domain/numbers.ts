/**
 * Numbers as the UI language writes them: '1,234' in English, '1 234' in French (with the narrow
 * no-break space French typography uses). Every count shown to a user goes through here.
 */

/** The UI's English is British English (dates, spelling, lists without the serial comma). */
const intlLocale = (language: string) => (language === 'en' ? 'en-GB' : language);

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** 1234 → '1,234' / '1 234' (formatters are costly to make, so one per language is kept). */
export function formatNumber(n: number, language: string): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(language));
    numberFormats.set(language, format);
  }
  return format.format(n);
}

/** 21.04 → '21.0' / '21,0': a measure with a fixed number of decimals. */
export function formatDecimal(n: number, language: string, decimals: number): string {
  return new Intl.NumberFormat(intlLocale(language), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(n);
}

/** ['a', 'b', 'c'] → 'a, b and c' / 'a, b et c'. */
export function formatList(items: readonly string[], language: string): string {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format.format(items);
}
