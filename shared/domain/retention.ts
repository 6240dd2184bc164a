/**
 * The retention rule, without I/O: which meetings are past their retention date, whose personal
 * data goes because of it, and who is kept because another meeting still needs them.
 */

export interface RetentionMeeting {
  id: number;
  /** 'yyyy-MM-dd', or null: kept until deleted by hand. */
  retentionDate: string | null;
  /** Today in the meeting's time zone ('yyyy-MM-dd'). */
  today: string;
}

/** Past its retention date: the day after it has begun where the meeting is held. */
export function isRetentionDue(m: Pick<RetentionMeeting, 'retentionDate' | 'today'>): boolean {
  return m.retentionDate !== null && m.today > m.retentionDate;
}

export interface Registered {
  personId: number;
  meetingId: number;
}

export interface RetentionPlan {
  /** People registered only to meetings past their date: their personal data goes. */
  anonymise: number[];
  /** People of a meeting past its date who are kept, with the meetings still kept that need them. */
  kept: Map<number, number[]>;
}

/**
 * Decides who is anonymised. A person of a meeting past its date is anonymised unless they are
 * registered to (or attended) another meeting that is still kept; a registration of any status
 * counts, so a meeting still kept never finds one of its people anonymised. `done` are people
 * anonymised already.
 */
export function planRetention(
  registrations: readonly Registered[],
  dueMeetings: ReadonlySet<number>,
  done: ReadonlySet<number> = new Set(),
): RetentionPlan {
  const meetingsOf = new Map<number, number[]>();
  for (const r of registrations) {
    const list = meetingsOf.get(r.personId) ?? [];
    list.push(r.meetingId);
    meetingsOf.set(r.personId, list);
  }
  const anonymise: number[] = [];
  const kept = new Map<number, number[]>();
  for (const [personId, meetings] of meetingsOf) {
    if (done.has(personId) || !meetings.some((m) => dueMeetings.has(m))) continue;
    const keeping = meetings.filter((m) => !dueMeetings.has(m));
    if (keeping.length) kept.set(personId, keeping);
    else anonymise.push(personId);
  }
  return { anonymise: anonymise.sort((a, b) => a - b), kept };
}
