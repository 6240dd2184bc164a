/**
 * The words the timetable uses about a session: its times, room, people, clashes and the edit
 * that undo or redo would take back. Pure apart from the translation function passed in.
 */
import type { TFunction } from 'i18next';
import type { Agenda } from '../../../../../shared/api';
import {
  formatMinute,
  SESSION_PERSON_ROLES,
  SESSION_TYPES,
  type AgendaPerson,
  type Session,
} from '../../../../../shared/domain/agenda';
import type { Clash } from '../../../../../shared/domain/agenda-clashes';
import { formatWeekday } from '../../../../../shared/domain/time';
import type { Placement } from './placement';

export const timeRange = (p: Pick<Placement, 'startMinute' | 'endMinute'>) =>
  `${formatMinute(p.startMinute)}–${formatMinute(p.endMinute)}`;

/** The room as the organiser reads it: its name, "All rooms" or "No room". */
export function roomText(
  p: Pick<Placement, 'roomId' | 'allRooms'>,
  rooms: Agenda['rooms'],
  t: TFunction,
): string {
  if (p.allRooms) return t('agenda.grid.allRooms');
  if (p.roomId === null) return t('agenda.grid.noRoom');
  return rooms.find((r) => r.id === p.roomId)?.name ?? t('agenda.grid.noRoom');
}

/** 'Saturday 14 November, 09:00–10:30, Main hall': a place said in full. */
export function placeText(p: Placement, agenda: Agenda, t: TFunction, language: string): string {
  return t('agenda.grid.place', {
    day: formatWeekday(p.day, language),
    time: timeRange(p),
    room: roomText(p, agenda.rooms, t),
  });
}

/** The session's people, chairs first then speakers, as the block lists them. */
export function peopleText(session: Session, people: ReadonlyMap<number, AgendaPerson>): string {
  return [...session.people]
    .sort((a, b) => SESSION_PERSON_ROLES.indexOf(a.role) - SESSION_PERSON_ROLES.indexOf(b.role))
    .map((p) => people.get(p.registrationId)?.name)
    .filter((name): name is string => !!name)
    .join(', ');
}

/** One clash as seen from `sessionId`: what is wrong and with which other session. */
export function clashText(clash: Clash, sessionId: number, agenda: Agenda, t: TFunction): string {
  const other = clash.sessionIds.find((id) => id !== sessionId);
  const otherTitle = agenda.sessions.find((s) => s.id === other)?.title ?? '';
  const room = (id: number | null) =>
    id === null ? t('agenda.grid.allRooms') : (agenda.rooms.find((r) => r.id === id)?.name ?? '');
  const person = (id: number) =>
    agenda.people.find((p) => p.registrationId === id)?.name ?? t('agenda.grid.someone');
  switch (clash.kind) {
    case 'room_double_booked':
      return t('agenda.grid.clash.room', { room: room(clash.roomId), other: otherTitle });
    case 'person_double_booked':
      return t('agenda.grid.clash.person', {
        person: person(clash.registrationId),
        other: otherTitle,
      });
    case 'outside_meeting_days':
      return t('agenda.grid.clash.outsideDays');
    case 'room_closed':
      return t('agenda.grid.clash.roomClosed', { room: room(clash.roomId) });
    case 'over_capacity':
      return t('agenda.grid.clash.capacity', {
        expected: clash.expected,
        capacity: clash.capacity,
      });
    case 'inactive_person':
      return t('agenda.grid.clash.inactive', {
        person: person(clash.registrationId),
        status: t(`status.${clash.status}`),
      });
    case 'restricted_outsider':
      return t('agenda.grid.clash.restricted', { person: person(clash.registrationId) });
  }
}

/** The block's warning, read by screen readers: how many clashes, then each one. */
export function clashesText(
  clashes: readonly Clash[],
  sessionId: number,
  agenda: Agenda,
  t: TFunction,
): string {
  if (clashes.length === 0) return '';
  return t('agenda.grid.clash.summary', {
    count: clashes.length,
    list: clashes.map((c) => clashText(c, sessionId, agenda, t)).join('; '),
  });
}

const isSessionType = (value: string): value is (typeof SESSION_TYPES)[number] =>
  (SESSION_TYPES as readonly string[]).includes(value);

/**
 * What undo or redo would take back, for the buttons' names: 'move of “Opening plenary”'. The
 * backend names edits by their action; an action this version does not know is "last change".
 */
export function historyText(step: { action: string; subject: string }, t: TFunction): string {
  const subject =
    step.action === 'setTypeColour' && isSessionType(step.subject)
      ? t(`agenda.sessionType.${step.subject}`)
      : step.subject;
  return t(`agenda.grid.history.${step.action}`, {
    subject,
    defaultValue: t('agenda.grid.history.other'),
  });
}
