import type { FormatterModule } from 'i18next';
import { formatList, formatNumber } from '../../../shared/domain/numbers';

/**
 * i18next's formatter, replaced so that every number put into a message is written the language's
 * way ('1 234 participants', not '1234') even when its placeholder names no format: a plain
 * `{{count}}` is how most messages are written. `{{n, number}}` and `{{items, list}}` work too.
 * A number that is not a quantity (a year, a code) must be passed as a string to stay as it is.
 */
export const localeFormatter: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format(value: unknown, format: string | undefined, lng: string | undefined) {
    const language = lng ?? 'en';
    if (typeof value === 'number' && (!format || format === 'number'))
      return formatNumber(value, language);
    if (format === 'list' && Array.isArray(value)) return formatList(value.map(String), language);
    return value as string;
  },
};
