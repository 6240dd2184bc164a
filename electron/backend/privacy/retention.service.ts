import type { Db } from '../db/connection';
import { DomainError } from '../errors';
import { reindexPeople } from '../people/people.repo';
import { sortName } from '../../../shared/domain/people';
import { isRetentionDue, planRetention } from '../../../shared/domain/retention';
import { nowIso, todayIn } from '../../../shared/domain/time';
import type { Output } from '../../../shared/api';
import { createPrivacyRepo, type PersonLine } from './privacy.repo';

type Preview = Output<'privacy.retentionPreview'>;

interface DueMeeting {
  id: number;
  title: string;
  retentionDate: string;
  /** Its registrations that still hold notes, needs, a badge name or passport details. */
  toClear: number[];
}

/** What the rule would do now: the preview shows it, the change re-computes and checks it. */
interface Plan {
  due: DueMeeting[];
  anonymise: number[];
  kept: Map<number, number[]>;
  meetingsOf: Map<number, number[]>;
}

/**
 * The retention rule (shared/domain/retention.ts) applied to the database: after a meeting's
 * retention date, its participants' personal data is anonymised unless a meeting still kept has
 * them; counts and statistics (country, organisation, gender, role, status, planned days,
 * attendance) stay. Each meeting's date is compared with today where the meeting is held.
 */
export function createRetentionService(db: Db) {
  const repo = createPrivacyRepo(db);

  function plan(): Plan {
    const due = repo
      .retentionMeetings()
      .filter((m) =>
        isRetentionDue({ retentionDate: m.retention_date, today: todayIn(m.time_zone) }),
      )
      .map((m) => ({
        id: m.id,
        title: m.title,
        retentionDate: m.retention_date,
        toClear: repo.registrationsToClear([m.id]),
      }));
    const registrations = repo.registrations();
    const meetingsOf = new Map<number, number[]>();
    for (const r of registrations)
      meetingsOf.set(r.personId, [...(meetingsOf.get(r.personId) ?? []), r.meetingId]);
    const dueIds = new Set(due.map((m) => m.id));
    const { anonymise, kept } = planRetention(registrations, dueIds, repo.anonymised());
    return { due, anonymise, kept, meetingsOf };
  }

  /** How many of `people` were registered to `meetingId`. */
  const countIn = (p: Plan, people: Iterable<number>, meetingId: number) =>
    [...people].filter((id) => p.meetingsOf.get(id)?.includes(meetingId)).length;

  function preview(backupFirst: boolean): Preview {
    const p = plan();
    const titles = repo.meetingTitles();
    const dueIds = new Set(p.due.map((m) => m.id));
    const line = (person: PersonLine) => ({
      personId: person.id,
      name: sortName({ givenNames: person.given_names, familyNames: person.family_names }),
      organisationName: person.organisation_name ?? '',
      countryCode: person.country_code,
      meetings: (p.meetingsOf.get(person.id) ?? [])
        .filter((m) => dueIds.has(m))
        .map((m) => titles.get(m) ?? ''),
    });
    return {
      meetings: p.due
        .filter((m) => m.toClear.length > 0 || countIn(p, p.anonymise, m.id) > 0)
        .map((m) => ({
          id: m.id,
          title: m.title,
          retentionDate: m.retentionDate,
          participants: repo.participants(m.id),
        })),
      anonymise: repo.people(p.anonymise).map(line),
      kept: repo.people([...p.kept.keys()]).map((person) => ({
        ...line(person),
        keptBy: (p.kept.get(person.id) ?? []).map((m) => titles.get(m) ?? ''),
      })),
      registrationsCleared: p.due.reduce((n, m) => n + m.toClear.length, 0),
      backupFirst,
    };
  }

  /**
   * Anonymises exactly the people the user saw, in one transaction with its log entries. If the
   * rule now gives other people (someone registered or edited meanwhile), nothing is done.
   */
  const apply = db.transaction((expected: number[]) => {
    const p = plan();
    const sorted = [...new Set(expected)].sort((a, b) => a - b);
    if (sorted.length !== p.anonymise.length || sorted.some((id, i) => id !== p.anonymise[i]))
      throw new DomainError('conflict', 'errors.retentionChanged');
    const cleared = [
      ...new Set([...repo.registrationsOf(p.anonymise), ...p.due.flatMap((m) => m.toClear)]),
    ];
    repo.mute('retention');
    repo.anonymise(p.anonymise, nowIso());
    repo.clearRegistrations(cleared);
    repo.forgetSnapshots(p.anonymise, cleared);
    repo.scrubAuditOfPeople(p.anonymise, false);
    repo.scrubAuditOfRegistrations(cleared);
    repo.unmute();
    reindexPeople(db, p.anonymise);
    for (const id of p.anonymise)
      repo.addEntry({ action: 'anonymise', meetingId: null, personId: id, label: '', changes: [] });
    for (const m of p.due) {
      const anonymised = countIn(p, p.anonymise, m.id);
      if (anonymised === 0 && m.toClear.length === 0) continue;
      repo.addEntry({
        action: 'retention',
        meetingId: m.id,
        personId: null,
        label: m.title,
        changes: [
          { field: 'retentionDate', before: null, after: m.retentionDate },
          { field: 'anonymised', before: null, after: anonymised },
          { field: 'kept', before: null, after: countIn(p, p.kept.keys(), m.id) },
          { field: 'registrationsCleared', before: null, after: m.toClear.length },
        ],
      });
    }
    return {
      anonymised: p.anonymise.length,
      registrationsCleared: p.due.reduce((n, m) => n + m.toClear.length, 0),
    };
  });

  return {
    preview,
    apply: (expected: number[]): Omit<Output<'privacy.applyRetention'>, 'backup'> =>
      apply(expected),
  };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
