/**
 * Vocabulary and shapes of the agenda: rooms, tracks, sessions with their people, awards. Labels
 * live in i18n under the same names (agenda.sessionType.*, agenda.personRole.*).
 *
 * A session's times are wall-clock minutes on a calendar day of the meeting's time zone, because
 * that is what a timetable shows and what stays true if the zone is corrected later; instants are
 * derived from them (iCalendar) with the meeting's zone.
 */
import type { OrganisationType, PoliceRegion, Status } from './people';

export const SESSION_TYPES = [
  'plenary',
  'keynote',
  'case_study',
  'panel',
  'regional_workshop',
  'working_group',
  'award_ceremony',
  'break',
  'meal',
  'social',
  'other',
] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/** Default colours of the session types; an organiser may change them per meeting. */
export const DEFAULT_TYPE_COLOURS: Record<SessionType, string> = {
  plenary: '#1c7ed6',
  keynote: '#7048e8',
  case_study: '#e8590c',
  panel: '#0c8599',
  regional_workshop: '#2f9e44',
  working_group: '#5c940d',
  award_ceremony: '#d6336c',
  break: '#868e96',
  meal: '#a9a9a9',
  social: '#f08c00',
  other: '#495057',
};

export const SESSION_PERSON_ROLES = [
  'chair',
  'moderator',
  'speaker',
  'panellist',
  'rapporteur',
] as const;
export type SessionPersonRole = (typeof SESSION_PERSON_ROLES)[number];

/** Tracks offered when a meeting has none yet (their names are i18n keys under agenda.trackSuggestion). */
export const SUGGESTED_TRACKS = [
  'victim_identification',
  'abuse_material_analysis',
  'darknet',
  'prevention',
  'investigations',
  'cooperation',
] as const;

/** Minutes in a day: a session ends at the latest at midnight (1440) of its own day. */
export const MINUTES_PER_DAY = 1440;
/** The grid snaps to these steps; the organiser chooses one. */
export const SNAP_STEPS = [5, 15] as const;

export interface Room {
  id: number;
  meetingId: number;
  name: string;
  capacity: number | null;
  location: string;
  position: number;
  /** Days ('yyyy-MM-dd') on which the room cannot be used. */
  closedDays: string[];
}

export interface Track {
  id: number;
  meetingId: number;
  name: string;
  position: number;
}

export interface SessionPerson {
  registrationId: number;
  role: SessionPersonRole;
}

export interface Session {
  id: number;
  meetingId: number;
  title: string;
  type: SessionType;
  day: string;
  startMinute: number;
  endMinute: number;
  /** The room, or null: in every room when `allRooms`, otherwise not placed in a room yet. */
  roomId: number | null;
  allRooms: boolean;
  trackId: number | null;
  region: PoliceRegion | null;
  description: string;
  tentative: boolean;
  expectedAudience: number | null;
  restricted: boolean;
  presenterCountryCode: string | null;
  presenterOrganisationId: number | null;
  people: SessionPerson[];
  updatedAt: string;
}

/** A registration assigned to a session, with what the clash rules and the blocks need to know. */
export interface AgendaPerson {
  registrationId: number;
  personId: number;
  name: string;
  status: Status;
  organisationId: number | null;
  organisationName: string;
  organisationType: OrganisationType | null;
  countryCode: string | null;
}

export interface Award {
  id: number;
  meetingId: number;
  name: string;
  recipientOrganisationId: number | null;
  recipientPersonId: number | null;
  /** The recipient's name as shown (kept for recipients outside the directory). */
  recipientName: string;
  sessionId: number | null;
  citation: string;
}

/** The times as the organiser reads them: 'HH:mm'. */
export function formatMinute(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** 'HH:mm' (or 'H:mm', '24:00') as minutes after midnight, or null when it is not a time. */
export function parseMinute(text: string): number | null {
  const match = /^(\d{1,2})[:h.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (m > 59 || h > 24 || (h === 24 && m > 0)) return null;
  return h * 60 + m;
}

/** Rounds a minute to the nearest multiple of `step`, inside the day. */
export function snapMinute(minute: number, step: number): number {
  const snapped = Math.round(minute / step) * step;
  return Math.min(MINUTES_PER_DAY, Math.max(0, snapped));
}

/** True when two half-open intervals [a, b) and [c, d) share at least one minute. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}
