/**
 * Attendance for the reference meetings, as a registration desk would have recorded it: most
 * delegates every day, a few who never came, some who arrived a day or two late or left before the
 * end, badges handed over at the first check-in and scanned after, and each regional workshop
 * attended by its own region (with a few visitors). Seeded, so every load gives the same days.
 */
import type { Db } from '../db/connection';
import { createAttendanceRepo } from '../attendance/attendance.repo';
import { createAttendeesRepo, type AttendeeRow } from '../attendance/attendees.repo';
import { createBadgesRepo } from '../attendance/badges.repo';
import { createBadgesService } from '../attendance/badges.service';
import { createChangesRepo } from '../attendance/changes.repo';
import { createMeetingsRepo } from '../meetings/meetings.repo';
import {
  isExpectedOn,
  sessionAudience,
  type CheckInMethod,
} from '../../../shared/domain/attendance';
import { daysBetween, localToInstant } from '../../../shared/domain/time';
import { createRandom } from './seeded-random';

type Random = ReturnType<typeof createRandom>;

/** How a person's week went. */
type Pattern = 'every_day' | 'no_show' | 'late' | 'left_early' | 'missed_one';

const PATTERNS: Record<Pattern, number> = {
  every_day: 82,
  no_show: 4,
  late: 6,
  left_early: 5,
  missed_one: 3,
};

const DESKS = ['Desk 1 — Amélie', 'Desk 2 — Karim'];

/** The days a person with this pattern came, among the days they were expected. */
function daysCame(pattern: Pattern, expected: string[], random: Random): string[] {
  if (expected.length === 0 || pattern === 'no_show') return [];
  if (expected.length === 1) return pattern === 'every_day' ? expected : [];
  switch (pattern) {
    case 'every_day':
      return expected;
    case 'late':
      return expected.slice(1 + Math.floor(random.next() * Math.min(2, expected.length - 1)));
    case 'left_early':
      return expected.slice(0, -1);
    case 'missed_one': {
      const skipped = 1 + Math.floor(random.next() * (expected.length - 1));
      return expected.filter((_, i) => i !== skipped);
    }
  }
}

/** A minute of the morning: most before the first session, some late, staff early. */
function arrivalMinute(row: AttendeeRow, firstDay: boolean, late: boolean, random: Random): number {
  if (row.role === 'staff') return 7 * 60 + 15 + Math.floor(random.next() * 30);
  if (late) return 10 * 60 + Math.floor(random.next() * 4 * 60);
  const start = firstDay ? 7 * 60 + 50 : 8 * 60 + 10;
  // Two draws averaged: a queue that peaks before nine and thins out.
  return start + Math.floor(((random.next() + random.next()) / 2) * 80);
}

function loadMeeting(db: Db, meetingId: number, seed: number): void {
  const meeting = createMeetingsRepo(db).get(meetingId);
  const records = createAttendanceRepo(db);
  if (!meeting || records.hasAny(meetingId)) return;
  const attendees = createAttendeesRepo(db);
  const badgesRepo = createBadgesRepo(db);
  const changes = createChangesRepo(db);
  const random = createRandom(seed);
  const days = daysBetween(meeting.startDate, meeting.endDate);
  const at = (day: string, minute: number) => localToInstant(day, minute, meeting.timeZone);
  // Badges were printed the evening before the meeting opened.
  const eve = Date.parse(at(days[0]!, 0)) - 5 * 3_600_000;
  createBadgesService(db, () => eve).tokens(meetingId);

  const rows = attendees.attendees(meetingId);
  const came = new Map<number, Set<string>>();
  for (const row of rows) {
    const expected = days.filter((d) => isExpectedOn(row, d));
    const pattern = random.weighted(PATTERNS);
    const present = daysCame(pattern, expected, random);
    came.set(row.registrationId, new Set(present));
    present.forEach((day, i) => {
      const first = i === 0;
      const late = first && pattern === 'late' && random.next() < 0.5;
      const checkedInAt = at(day, arrivalMinute(row, day === days[0], late, random));
      // Day one hands the badge over by name; after that most scan it, a few forget it.
      const method: CheckInMethod = first || random.next() < 0.07 ? 'search' : 'scan';
      const operator = random.pick(DESKS);
      const leaves = day === days.at(-1) && random.next() < 0.6;
      const checkedOutAt = leaves ? at(day, 16 * 60 + 30 + Math.floor(random.next() * 90)) : null;
      records.insertDay(row.registrationId, day, { checkedInAt, checkedOutAt, method, operator });
      changes.add({
        registrationId: row.registrationId,
        day,
        sessionId: null,
        action: 'check_in',
        method,
        before: null,
        after: JSON.stringify({ checkedInAt }),
        operator,
        changedAt: checkedInAt,
      });
      if (first) {
        const badge = badgesRepo.current(row.registrationId);
        if (badge) badgesRepo.collect(badge.id, checkedInAt);
      }
    });
  }

  // Workshops by region and restricted sessions, ticked on their rosters.
  for (const session of attendees.sessions(meetingId)) {
    const tracked = session.type === 'regional_workshop' || session.restricted;
    if (!tracked) continue;
    for (const row of rows) {
      if (!came.get(row.registrationId)?.has(session.day)) continue;
      const audience = sessionAudience(session, {
        registrationId: row.registrationId,
        policeRegion: row.policeRegion,
        organisationType: row.organisationType,
      });
      const chance = audience === 'expected' ? (session.restricted ? 0.8 : 0.92) : 0.01;
      if (audience === 'refused' || random.next() >= chance) continue;
      records.insertSession(session.id, row.registrationId, {
        checkedInAt: at(
          session.day,
          Math.max(0, session.startMinute - Math.floor(random.next() * 10)),
        ),
        method: 'roster',
        operator: random.pick(DESKS),
      });
    }
  }
}

/**
 * Gives the reference meetings their attendance, in one transaction. A meeting that already has
 * attendance is left alone, so loading the samples twice changes nothing.
 */
export function loadSampleAttendance(db: Db, meetingIds: readonly number[]): void {
  db.transaction(() => meetingIds.forEach((id, i) => loadMeeting(db, id, 8_000 + i)))();
}
