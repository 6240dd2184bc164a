/**
 * How the meetings list is searched and sorted: each meeting keeps a folded text of its title,
 * venue, city and country names (built in the backend: meeting-search-text.ts), and a query's words
 * must all be found in it, accents, case and punctuation ignored.
 */
import { normaliseName } from './people';

/** The orders the meetings list offers. */
export const MEETING_SORTS = ['startDate', 'title', 'participants'] as const;
export type MeetingSort = (typeof MEETING_SORTS)[number];

/** Each order's natural direction: the latest meetings, A to Z, the largest first. */
export const DEFAULT_DIRECTION: Record<MeetingSort, 'asc' | 'desc'> = {
  startDate: 'desc',
  title: 'asc',
  participants: 'desc',
};

/** The key titles sort by: accents and case ignored, so "Équipe" sorts among the E's. */
export function meetingTitleKey(title: string): string {
  return normaliseName(title);
}

/**
 * What a query must find in a meeting's search text, one pattern per word (all required). Words
 * of one or two characters match the start of a word ("de" finds "Dakar", not "Sweden"); longer
 * ones match anywhere ("traffick" finds "Anti-Trafficking"). Nothing searchable: no patterns.
 */
export function meetingSearchPatterns(query: string): string[] {
  return normaliseName(query)
    .split(' ')
    .filter(Boolean)
    .map((word) => ([...word].length < 3 ? ` ${word}` : word));
}
