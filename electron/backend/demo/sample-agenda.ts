/**
 * Gives the reference meetings their programmes (shared/SCENARIO.md): rooms, tracks, sessions with
 * chairs and speakers taken from each meeting's own participants, and awards. Written straight
 * through the agenda's repos in one transaction, outside the undo history: loading the sample is
 * not an edit the organiser should undo session by session. A meeting that already has rooms or
 * sessions is left alone, so loading twice changes nothing.
 */
import type { Db } from '../db/connection';
import { createRoomsRepo } from '../agenda/rooms.repo';
import { createSessionsRepo } from '../agenda/sessions.repo';
import { createAwardsRepo } from '../agenda/awards.repo';
import { createMeetingsRepo } from '../meetings/meetings.repo';
import { createAgendaAudit } from '../audit/agenda-audit';
import type { Change } from '../agenda/changes';
import { createOrganisationsRepo } from '../people/organisations.repo';
import { createRegistrationsRepo } from '../registrations/registrations.repo';
import type { ParticipantRow } from '../registrations/types';
import {
  parseMinute,
  type SessionPerson,
  type SessionPersonRole,
  type SessionType,
} from '../../../shared/domain/agenda';
import type { OrganisationType, PoliceRegion } from '../../../shared/domain/people';
import { daysBetween, nowIso } from '../../../shared/domain/time';
import { ORGANISER } from './sample-organisations';

/** Who fills a role: the first active participant (confirmed or registered) who matches. */
export type PersonPick =
  | { from: 'organiser' }
  | { from: 'country'; code: string }
  | { from: 'region'; region: PoliceRegion }
  | { from: 'type'; type: OrganisationType }
  | { from: 'organisation'; name: string }
  /** Someone whose name is written in that script (all of it when `whole`). */
  | { from: 'script'; script: 'Arabic' | 'Cyrillic'; whole?: boolean }
  | { from: 'anyone' };

export interface SampleSlot {
  role: SessionPersonRole;
  pick?: PersonPick;
  /** Names the person picked here, so that a later slot can take them again (`same`). */
  as?: string;
  /** The person named `as` earlier: how the deliberate double bookings are made. */
  same?: string;
}

export interface SampleSession {
  /** Day of the meeting, from 0. */
  day: number;
  start: string;
  end: string;
  title: string;
  type: SessionType;
  /** A room's name, or 'all' for a session in every room (breaks, meals). */
  room: string;
  track?: string;
  region?: PoliceRegion;
  presenterCountry?: string;
  presenterOrganisation?: string;
  tentative?: boolean;
  restricted?: boolean;
  expected?: number;
  description?: string;
  people?: SampleSlot[];
}

export interface SampleProgramme {
  rooms: { name: string; capacity: number; location: string; closedOn?: number[] }[];
  tracks: string[];
  sessions: SampleSession[];
  awards: { name: string; recipient: string; session: string; citation: string }[];
}

const SCRIPTS = { Arabic: /\p{Script=Arabic}/u, Cyrillic: /\p{Script=Cyrillic}/u };

function matches(row: ParticipantRow, pick: PersonPick): boolean {
  switch (pick.from) {
    case 'organiser':
      return row.organisationName === ORGANISER.name;
    case 'country':
      return row.countryCode === pick.code && row.organisationType === 'law_enforcement';
    case 'region':
      return row.policeRegion === pick.region && row.organisationName !== ORGANISER.name;
    case 'type':
      return row.organisationType === pick.type;
    case 'organisation':
      return row.organisationName === pick.name;
    case 'script': {
      const names = [row.givenNames, row.familyNames].filter(Boolean);
      const written = (name: string) => SCRIPTS[pick.script].test(name);
      return pick.whole ? names.every(written) : names.some(written);
    }
    case 'anyone':
      return row.organisationName !== ORGANISER.name;
  }
}

/**
 * Picks people for the slots, each person once unless a slot asks for the `same` one. Restricted
 * sessions only get law-enforcement people, so the sample has no clash it did not mean to have.
 */
export function createPicker(rows: readonly ParticipantRow[]) {
  const active = rows
    .filter((r) => r.status === 'confirmed' || r.status === 'registered')
    .sort((a, b) => a.id - b.id);
  const used = new Set<number>();
  const named = new Map<string, number>();
  return (slot: SampleSlot, restricted: boolean): number | null => {
    if (slot.same) return named.get(slot.same) ?? null;
    const allowed = (r: ParticipantRow) =>
      !used.has(r.id) && (!restricted || r.organisationType === 'law_enforcement');
    const pick = slot.pick ?? { from: 'anyone' };
    const found =
      active.find((r) => allowed(r) && matches(r, pick)) ??
      active.find((r) => allowed(r) && matches(r, { from: 'anyone' }));
    if (!found) return null;
    used.add(found.id);
    if (slot.as) named.set(slot.as, found.id);
    return found.id;
  };
}

const minute = (time: string): number => {
  const value = parseMinute(time);
  if (value === null) throw new Error(`Not a time in the sample programme: ${time}`);
  return value;
};

/** Writes `programme` into the meeting unless it already has rooms or sessions. */
export function loadSampleProgramme(db: Db, meetingId: number, programme: SampleProgramme): void {
  const meeting = createMeetingsRepo(db).get(meetingId);
  const rooms = createRoomsRepo(db);
  const sessions = createSessionsRepo(db);
  const awards = createAwardsRepo(db);
  if (!meeting || rooms.rooms(meetingId).length || sessions.sessions(meetingId).length) return;
  const days = daysBetween(meeting.startDate, meeting.endDate);
  const participants = createRegistrationsRepo(db).list(meetingId);
  const organisations = createOrganisationsRepo(db).list();
  const organisationId = (name: string) => organisations.find((o) => o.name === name)?.id ?? null;
  const pick = createPicker(participants);
  const now = nowIso();

  db.transaction(() => {
    // Outside the undo history, but not outside the audit log: each row is logged as created.
    const created: Change[] = [];
    const roomIds = new Map<string, number>();
    for (const room of programme.rooms)
      roomIds.set(
        room.name,
        rooms.insertRoom(meetingId, {
          name: room.name,
          capacity: room.capacity,
          location: room.location,
          closedDays: (room.closedOn ?? []).map((d) => days[d]!),
        }),
      );
    const trackIds = new Map(programme.tracks.map((t) => [t, rooms.insertTrack(meetingId, t)]));
    const sessionIds = new Map<string, number>();
    for (const s of programme.sessions) {
      const people: SessionPerson[] = [];
      for (const slot of s.people ?? []) {
        const registrationId = pick(slot, s.restricted ?? false);
        if (registrationId !== null && !people.some((p) => p.registrationId === registrationId))
          people.push({ registrationId, role: slot.role });
      }
      const id = sessions.insert({
        meetingId,
        title: s.title,
        type: s.type,
        day: days[s.day]!,
        startMinute: minute(s.start),
        endMinute: minute(s.end),
        roomId: s.room === 'all' ? null : (roomIds.get(s.room) ?? null),
        allRooms: s.room === 'all',
        trackId: s.track ? (trackIds.get(s.track) ?? null) : null,
        region: s.region ?? null,
        description: s.description ?? '',
        tentative: s.tentative ?? false,
        expectedAudience: s.expected ?? null,
        restricted: s.restricted ?? false,
        presenterCountryCode: s.presenterCountry ?? null,
        presenterOrganisationId: s.presenterOrganisation
          ? organisationId(s.presenterOrganisation)
          : null,
        people,
        updatedAt: now,
      });
      sessionIds.set(s.title, id);
      created.push({ kind: 'session', id, before: null, after: sessions.session(id) });
    }
    for (const id of roomIds.values())
      created.push({ kind: 'room', id, before: null, after: rooms.room(id) });
    for (const id of trackIds.values())
      created.push({ kind: 'track', id, before: null, after: rooms.track(id) });
    for (const award of programme.awards) {
      const recipientOrganisationId = organisationId(award.recipient);
      const id = awards.insert({
        meetingId,
        name: award.name,
        recipientOrganisationId,
        recipientPersonId: null,
        recipientName: recipientOrganisationId === null ? award.recipient : '',
        sessionId: sessionIds.get(award.session) ?? null,
        citation: award.citation,
      });
      created.push({ kind: 'award', id, before: null, after: awards.award(id) });
    }
    createAgendaAudit(db).record(meetingId, created, '');
  })();
}
