/**
 * The attendance report, as figures: who was present on which day (a person-by-day matrix with the
 * sessions each person attended), how many came to each session, who never came (no-shows), and
 * totals by country and by organisation with a column per day. Pure: the backend reads the rows
 * and the attendance facts; the XLSX, CSV and PDF writers only lay these figures out.
 *
 * Who is in it: everyone expected (registered or confirmed) and anyone else who was present. A
 * no-show is someone expected who was present on no day and at no session. A person without a
 * country is counted under "not stated", never dropped.
 */
import type { AttendanceFacts } from './reports';
import { ACTIVE_STATUSES, sortName, type Status } from './people';

export interface ReportPerson {
  registrationId: number;
  givenNames: string;
  familyNames: string;
  organisationName: string;
  countryCode: string | null;
  status: Status;
}

export interface ReportSession {
  id: number;
  title: string;
  day: string;
  startMinute: number;
  endMinute: number;
  room: string;
}

export interface PersonLine {
  registrationId: number;
  /** 'Family, Given', as lists sort and show names. */
  name: string;
  organisation: string;
  countryCode: string | null;
  country: string;
  status: Status;
  /** One entry per report day: present that day. */
  present: boolean[];
  daysAttended: number;
  sessionsAttended: number;
  noShow: boolean;
}

export interface SessionLine extends ReportSession {
  attended: number;
}

export interface TotalLine {
  /** Country code or organisation name; null for "not stated" / "no organisation". */
  key: string | null;
  name: string;
  /** People expected (registered or confirmed). */
  expected: number;
  /** People present on at least one day. */
  attended: number;
  noShows: number;
  /** People present, day by day. */
  byDay: number[];
}

export interface AttendanceReport {
  days: string[];
  people: PersonLine[];
  sessions: SessionLine[];
  byCountry: TotalLine[];
  byOrganisation: TotalLine[];
  total: TotalLine;
  noShows: PersonLine[];
}

export interface ReportNames {
  /** A country's name in the report's language. */
  country(code: string): string;
  notStated: string;
  noOrganisation: string;
  total: string;
  /** The report's language, for alphabetical order. */
  language: string;
}

function totals(
  lines: readonly PersonLine[],
  keyOf: (line: PersonLine) => string | null,
  nameOf: (key: string | null) => string,
  dayCount: number,
  collator: Intl.Collator,
): TotalLine[] {
  const groups = new Map<string | null, TotalLine>();
  for (const line of lines) {
    const key = keyOf(line);
    let total = groups.get(key);
    if (!total) {
      total = {
        key,
        name: nameOf(key),
        expected: 0,
        attended: 0,
        noShows: 0,
        byDay: Array<number>(dayCount).fill(0),
      };
      groups.set(key, total);
    }
    add(total, line);
  }
  // "Not stated" and "no organisation" come last, whatever their name sorts as.
  return [...groups.values()].sort(
    (a, b) => Number(a.key === null) - Number(b.key === null) || collator.compare(a.name, b.name),
  );
}

function add(total: TotalLine, line: PersonLine): void {
  if ((ACTIVE_STATUSES as readonly Status[]).includes(line.status)) total.expected++;
  if (line.daysAttended > 0) total.attended++;
  if (line.noShow) total.noShows++;
  line.present.forEach((present, i) => {
    if (present) total.byDay[i]!++;
  });
}

/** The report's figures for one meeting's days, sessions, people and attendance facts. */
export function attendanceReport(
  people: readonly ReportPerson[],
  days: readonly string[],
  sessions: readonly ReportSession[],
  facts: AttendanceFacts,
  names: ReportNames,
): AttendanceReport {
  const collator = new Intl.Collator(names.language, { sensitivity: 'base', numeric: true });
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const presentOn = new Map<number, boolean[]>();
  const mark = (id: number, day: string) => {
    const at = dayIndex.get(day);
    if (at === undefined) return;
    let row = presentOn.get(id);
    if (!row) presentOn.set(id, (row = Array<boolean>(days.length).fill(false)));
    row[at] = true;
  };
  for (const [day, ids] of Object.entries(facts.byDay)) for (const id of ids) mark(id, day);
  const sessionCount = new Map<number, number>();
  const sessionLines: SessionLine[] = sessions.map((session) => {
    const ids = new Set(facts.bySession[String(session.id)] ?? []);
    for (const id of ids) {
      sessionCount.set(id, (sessionCount.get(id) ?? 0) + 1);
      // Present at a session is present that day, even if the door desk missed them.
      mark(id, session.day);
    }
    return { ...session, attended: ids.size };
  });

  const lines: PersonLine[] = [];
  for (const p of people) {
    const present = presentOn.get(p.registrationId) ?? Array<boolean>(days.length).fill(false);
    const daysAttended = present.filter(Boolean).length;
    const expected = (ACTIVE_STATUSES as readonly Status[]).includes(p.status);
    if (!expected && daysAttended === 0) continue;
    lines.push({
      registrationId: p.registrationId,
      name: sortName(p),
      organisation: p.organisationName,
      countryCode: p.countryCode,
      country: p.countryCode ? names.country(p.countryCode) : names.notStated,
      status: p.status,
      present,
      daysAttended,
      sessionsAttended: sessionCount.get(p.registrationId) ?? 0,
      noShow: expected && daysAttended === 0,
    });
  }
  lines.sort((a, b) => collator.compare(a.name, b.name) || a.registrationId - b.registrationId);

  const total: TotalLine = {
    key: null,
    name: names.total,
    expected: 0,
    attended: 0,
    noShows: 0,
    byDay: Array<number>(days.length).fill(0),
  };
  for (const line of lines) add(total, line);
  return {
    days: [...days],
    people: lines,
    sessions: sessionLines,
    byCountry: totals(
      lines,
      (l) => l.countryCode,
      (code) => (code ? names.country(code) : names.notStated),
      days.length,
      collator,
    ),
    byOrganisation: totals(
      lines,
      (l) => l.organisation.trim() || null,
      (name) => name ?? names.noOrganisation,
      days.length,
      collator,
    ),
    total,
    noShows: lines.filter((l) => l.noShow),
  };
}
