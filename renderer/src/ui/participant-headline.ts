import type { TFunction } from 'i18next';
import type { Status } from '../../../shared/domain/people';
import { formatList } from '../../../shared/domain/numbers';
import { otherStatuses, type ParticipantFigures } from '../../../shared/domain/participant-figures';

/** '183 expected (registered or confirmed)'. */
export function expectedText(t: TFunction, expected: number): string {
  return t('figures.expected', { count: expected });
}

/**
 * Who is on the list when nobody is expected yet: '12 invited, none registered or confirmed yet',
 * '12 invited and 2 declined, none …', rather than '0 from 0 countries'.
 */
export function noneExpectedText(
  t: TFunction,
  byStatus: Partial<Record<Status, number>>,
  language: string,
): string {
  const others = otherStatuses(byStatus).map((s) =>
    t(`figures.status.${s}`, { count: byStatus[s] ?? 0 }),
  );
  return t('figures.noneExpected', { others: formatList(others, language) });
}

/**
 * The meeting's headline, saying exactly what it counts: '183 expected (registered or confirmed)
 * from 61 countries', with the expected people who have no country named apart.
 * Shown by the meeting page and the participants view; call it only when `total` > 0.
 */
export function headlineText(t: TFunction, figures: ParticipantFigures, language: string): string {
  if (figures.expected === 0) return noneExpectedText(t, figures.byStatus, language);
  const expected = expectedText(t, figures.expected);
  if (figures.countries === 0) return t('figures.noCountry', { expected });
  const text = t('figures.fromCountries', { expected, count: figures.countries });
  if (figures.withoutCountry === 0) return text;
  return t('figures.withoutCountry', { figures: text, count: figures.withoutCountry });
}
