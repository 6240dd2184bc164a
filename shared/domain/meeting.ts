/** The kinds of meeting an organiser can choose; the labels live in i18n under meetingKind.*. */
export const MEETING_KINDS = [
  'specialists_group',
  'working_group',
  'conference',
  'training',
  'other',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** The longest meeting we accept: a typo in the year should not create 365 days. */
export const MAX_MEETING_DAYS = 31;

export interface Meeting {
  id: number;
  title: string;
  kind: MeetingKind;
  venue: string;
  city: string;
  countryCode: string | null;
  startDate: string;
  endDate: string;
  timeZone: string;
  languages: string[];
  description: string;
  parentId: number | null;
  /** The day after which its participants' personal data is anonymised; null: kept. */
  retentionDate: string | null;
  createdAt: string;
  updatedAt: string;
}

/** True when making `parentId` the parent of `id` would create a loop. */
export function wouldCreateCycle(
  id: number,
  parentId: number | null,
  parentOf: (id: number) => number | null,
): boolean {
  const seen = new Set<number>();
  let current = parentId;
  while (current !== null) {
    if (current === id || seen.has(current)) return true;
    seen.add(current);
    current = parentOf(current);
  }
  return false;
}
