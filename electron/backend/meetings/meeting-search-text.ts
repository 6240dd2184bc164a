import { countryNames } from '../../../shared/domain/country-aliases';
import { normaliseName } from '../../../shared/domain/people';

/**
 * The text a meeting is found by: title, venue, city and the country's names in English and French
 * with their aliases ("Ivory Coast", "Côte d'Ivoire"), folded as `normaliseName` folds names and
 * framed by spaces so that a word's start can be looked for. Backend only: the alias lists are large.
 */
export function meetingSearchText(m: {
  title: string;
  venue: string;
  city: string;
  countryCode: string | null;
}): string {
  const countries = m.countryCode
    ? [...new Set(['en', 'fr'].flatMap((l) => countryNames(m.countryCode!, l)))]
    : [];
  return ` ${normaliseName([m.title, m.venue, m.city, ...countries].join(' '))} `;
}
