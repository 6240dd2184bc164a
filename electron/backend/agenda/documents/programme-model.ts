/**
 * The programme as every document tells it: days in order, each day's sessions by time with their
 * room, track, region, presenter, people grouped by role and awards, all in words of the chosen
 * language. The PDF, the spreadsheets and the calendars are drawn from this one view. Pure.
 */
import {
  SESSION_PERSON_ROLES,
  type AgendaPerson,
  type Award,
  type Session,
  type SessionPersonRole,
} from '../../../../shared/domain/agenda';
import { countryName } from '../../../../shared/domain/countries';
import type { Meeting } from '../../../../shared/domain/meeting';
import { daysBetween, formatWeekday } from '../../../../shared/domain/time';
import type { Agenda } from '../../../../shared/api';
import {
  capitalise,
  fill,
  labelsFor,
  regionLabel,
  roleLabel,
  timeRange,
  type DocumentLabels,
  type DocumentLanguage,
} from './programme-text';

export interface RoleGroup {
  role: SessionPersonRole;
  /** 'Speakers' (or 'Speaker' for one person). */
  label: string;
  people: AgendaPerson[];
}

export interface AwardView {
  award: Award;
  recipient: string;
  /** 'Award name, presented to Recipient'. */
  line: string;
}

export interface SessionView {
  session: Session;
  time: string;
  room: string;
  type: string;
  track: string | null;
  region: string | null;
  presenter: string | null;
  roles: RoleGroup[];
  awards: AwardView[];
}

export interface DayView {
  day: string;
  /** 'Day 2 · Sunday 15 November'. */
  heading: string;
  sessions: SessionView[];
}

export interface ProgrammeView {
  meeting: Meeting;
  language: DocumentLanguage;
  labels: DocumentLabels;
  days: DayView[];
  /** Awards presented outside any session of the programme. */
  otherAwards: AwardView[];
}

/** A person as the programme names them: 'Name (Organisation)'. */
export function personLine(person: AgendaPerson): string {
  return person.organisationName ? `${person.name} (${person.organisationName})` : person.name;
}

export interface ProgrammeSource {
  agenda: Agenda;
  meeting: Meeting;
  /** Names of award recipients who are people (not always on the agenda's people). */
  personNames: ReadonlyMap<number, string>;
}

function awardViews(source: ProgrammeSource, labels: DocumentLabels): AwardView[] {
  const organisations = new Map(source.agenda.organisations.map((o) => [o.id, o.name]));
  return source.agenda.awards.map((award) => {
    const recipient =
      award.recipientName ||
      (award.recipientOrganisationId !== null
        ? organisations.get(award.recipientOrganisationId)
        : undefined) ||
      (award.recipientPersonId !== null
        ? source.personNames.get(award.recipientPersonId)
        : undefined) ||
      '';
    const line = recipient ? fill(labels.awardTo, { award: award.name, recipient }) : award.name;
    return { award, recipient, line };
  });
}

/** Builds the programme of `source` in `language`. */
export function programmeView(source: ProgrammeSource, language: DocumentLanguage): ProgrammeView {
  const { agenda, meeting } = source;
  const labels = labelsFor(language);
  const rooms = new Map(agenda.rooms.map((r) => [r.id, r]));
  const tracks = new Map(agenda.tracks.map((t) => [t.id, t.name]));
  const people = new Map(agenda.people.map((p) => [p.registrationId, p]));
  const organisations = new Map(agenda.organisations.map((o) => [o.id, o.name]));
  const awards = awardViews(source, labels);
  const sessionIds = new Set(agenda.sessions.map((s) => s.id));

  const roomOrder = (s: Session) =>
    s.allRooms ? -1 : s.roomId === null ? Infinity : (rooms.get(s.roomId)?.position ?? Infinity);
  const sorted = [...agenda.sessions].sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      a.startMinute - b.startMinute ||
      roomOrder(a) - roomOrder(b) ||
      a.endMinute - b.endMinute ||
      a.title.localeCompare(b.title),
  );

  const view = (s: Session): SessionView => {
    const presenterParts = [
      s.presenterOrganisationId !== null ? organisations.get(s.presenterOrganisationId) : null,
      s.presenterCountryCode ? countryName(s.presenterCountryCode, language) : null,
    ].filter((p): p is string => Boolean(p));
    const roles = SESSION_PERSON_ROLES.map((role) => {
      const list = s.people
        .filter((p) => p.role === role)
        .map((p) => people.get(p.registrationId))
        .filter((p): p is AgendaPerson => p !== undefined);
      return { role, label: roleLabel(role, list.length, language), people: list };
    }).filter((g) => g.people.length > 0);
    return {
      session: s,
      time: timeRange(s.startMinute, s.endMinute, language),
      room: s.allRooms
        ? labels.allRooms
        : s.roomId !== null
          ? (rooms.get(s.roomId)?.name ?? labels.noRoom)
          : labels.noRoom,
      type: labels.types[s.type],
      track: s.trackId !== null ? (tracks.get(s.trackId) ?? null) : null,
      region: s.region ? regionLabel(s.region, language) : null,
      presenter:
        presenterParts.length === 2
          ? `${presenterParts[0]} (${presenterParts[1]})`
          : (presenterParts[0] ?? null),
      roles,
      awards: awards.filter((a) => a.award.sessionId === s.id),
    };
  };

  // Every day of the meeting, plus any day a session was put on outside it (shown, not hidden).
  const days = [
    ...new Set([...daysBetween(meeting.startDate, meeting.endDate), ...sorted.map((s) => s.day)]),
  ].sort();
  const meetingDays = daysBetween(meeting.startDate, meeting.endDate);
  return {
    meeting,
    language,
    labels,
    days: days.map((day) => {
      const index = meetingDays.indexOf(day);
      const date = capitalise(formatWeekday(day, language));
      return {
        day,
        heading: index >= 0 ? fill(labels.dayHeading, { number: index + 1, date }) : date,
        sessions: sorted.filter((s) => s.day === day).map(view),
      };
    }),
    otherAwards: awards.filter(
      (a) => a.award.sessionId === null || !sessionIds.has(a.award.sessionId),
    ),
  };
}
