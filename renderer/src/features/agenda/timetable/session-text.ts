/**
 * The words the timetable uses about a session: its times, room, people and the edit
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
