/**
 * What goes on each badge, gathered from the database: the meeting's heading, the labels in its
 * working languages, and per registration its name, organisation, country, role, the optional
 * fields, and its current badge token (issued now if it had none).
 */
import type { Db } from '../../db/connection';
import { invalidField, notFound } from '../../errors';
import { createMeetingsRepo } from '../../meetings/meetings.repo';
import { createRegistrationsRepo } from '../../registrations/registrations.repo';
import type { ParticipantRow } from '../../registrations/types';
import { countryName } from '../../../../shared/domain/countries';
import { badgeName } from '../../../../shared/domain/badges';
import { ACTIVE_STATUSES, sortName } from '../../../../shared/domain/people';
import type { Gender, PoliceRegion, Role } from '../../../../shared/domain/people';
import { formatDayRange } from '../../../../shared/domain/time';
import type { createBadgesService } from '../badges.service';
import { badgeText, type BadgeText } from './badge-text';

export interface BadgeData {
  registrationId: number;
  token: string;
  name: string;
  position: string;
  organisation: string;
  countryCode: string | null;
  country: string;
  region: PoliceRegion | null;
  role: Role;
  gender: Gender | null;
  dietary: string;
  accessibility: string;
}

export interface BadgeSet {
  meetingTitle: string;
  /** '14–17 November 2026 · Lyon', in the badges' first language. */
  meetingLine: string;
  text: BadgeText;
  badges: BadgeData[];
}

/** Who a run prints: the registrations given, in their order, or everyone coming by family name. */
function chosenRows(
  db: Db,
  meetingId: number,
  ids: readonly number[] | undefined,
  language: string,
): ParticipantRow[] {
  const registrations = createRegistrationsRepo(db);
  if (ids) {
    // A person asked for twice gets one badge: a registration holds one current badge.
    ids = [...new Set(ids)];
    const rows = registrations.byIds(meetingId, [...ids]);
    if (rows.length !== ids.length) {
      const found = new Set(rows.map((r) => r.id));
      const missing = ids.findIndex((id) => !found.has(id));
      throw invalidField(['registrationIds', missing], 'errors.notAParticipant');
    }
    return rows;
  }
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return registrations
    .list(meetingId)
    .filter((r) => ACTIVE_STATUSES.includes(r.status))
    .sort((a, b) => collator.compare(sortName(a), sortName(b)) || a.id - b.id);
}

/** The badges of a run, their tokens issued in one transaction with nothing else written. */
export function badgeSet(
  db: Db,
  badges: ReturnType<typeof createBadgesService>,
  meetingId: number,
  ids?: readonly number[],
): BadgeSet {
  const meeting = createMeetingsRepo(db).get(meetingId);
  if (!meeting) throw notFound('The meeting');
  const text = badgeText(meeting.languages);
  const rows = chosenRows(db, meetingId, ids, text.main);
  const tokens = new Map(
    badges
      .tokens(
        meetingId,
        rows.map((r) => r.id),
      )
      .map((t) => [t.registrationId, t.token]),
  );
  const dates = formatDayRange(meeting.startDate, meeting.endDate, text.main);
  return {
    meetingTitle: meeting.title,
    meetingLine: [dates, meeting.city].filter(Boolean).join(' · '),
    text,
    badges: rows.map((r) => ({
      registrationId: r.id,
      token: tokens.get(r.id)!,
      name: badgeName(r),
      position: r.position,
      organisation: r.organisationName,
      countryCode: r.countryCode,
      country: r.countryCode ? countryName(r.countryCode, text.main) : '',
      region: r.policeRegion,
      role: r.role,
      gender: r.gender,
      dietary: r.dietary,
      accessibility: r.accessibility,
    })),
  };
}
