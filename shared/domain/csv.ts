/** Separators a CSV export can use: comma, semicolon, tab. */
export const CSV_SEPARATORS = [',', ';', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/**
 * The separator spreadsheets open directly in `language`: where the decimal mark is a comma
 * (French, and most of continental Europe), Excel and LibreOffice expect semicolons.
 */
export function defaultCsvSeparator(language: string): CsvSeparator {
  const decimal = new Intl.NumberFormat(language)
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal');
  return decimal?.value === ',' ? ';' : ',';
}
