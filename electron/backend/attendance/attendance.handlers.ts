import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { createAttendanceService } from './attendance.service';
import { createBadgesService } from './badges.service';
import { createDeskService } from './desk.service';
import { exportNotArrived } from './not-arrived-export';
import { createWalkInService } from './walk-in.service';

export function attendanceHandlers(ctx: BackendContext): FeatureHandlers<'attendance'> {
  const desk = createDeskService(ctx.db, ctx.clock);
  const attendance = createAttendanceService(ctx.db, ctx.clock, desk);
  const walkIns = createWalkInService(ctx.db, desk);
  const badges = createBadgesService(ctx.db, ctx.clock);
  const changed = <T>(value: T, ...more: string[]): T => {
    for (const feature of ['attendance', ...more]) ctx.emit('data.changed', { feature });
    return value;
  };
  /** Only answers that wrote something tell the other screens. */
  const answered = <T extends { undo: unknown; outcome: string }>(value: T): T =>
    value.undo !== null || value.outcome === 'checked_out' ? changed(value) : value;
  return {
    'attendance.desk': ({ meetingId, sessionId }) => attendance.desk(meetingId, sessionId),
    'attendance.counters': ({ meetingId, day, sessionId }) =>
      attendance.counters(meetingId, day, sessionId),
    'attendance.scan': (input) => answered(desk.scan(input)),
    'attendance.find': ({ query, ...place }) => desk.find(place, query),
    'attendance.checkIn': (input) => answered(desk.pick(input)),
    'attendance.undo': ({ undo, operator }) => {
      desk.undo(undo, operator);
      return changed({ undone: true });
    },
    'attendance.walkInMatches': ({ meetingId, givenNames, familyNames, email }) =>
      walkIns.known(meetingId, givenNames, familyNames, email),
    'attendance.walkIn': (input) =>
      changed(walkIns.walkIn(input), 'registrations', ...(input.person ? ['people'] : [])),
    'attendance.roster': ({ sessionId }) => attendance.roster(sessionId),
    'attendance.setSession': ({ sessionId, registrationId, present, operator }) =>
      changed(attendance.setSession(sessionId, registrationId, present, operator)),
    'attendance.setDay': (input) => changed(attendance.setDay(input)),
    'attendance.person': ({ registrationId }) => attendance.person(registrationId),
    'attendance.setDeskNote': ({ registrationId, note, operator }) =>
      changed(attendance.setDeskNote(registrationId, note, operator)),
    'attendance.day': ({ meetingId, day }) => attendance.day(meetingId, day),
    'attendance.presence': ({ meetingId }) => attendance.presence(meetingId),
    'attendance.exportNotArrived': ({ meetingId, day, format, language }) => {
      const { rows } = attendance.day(meetingId, day);
      const meeting = desk.meeting(meetingId);
      return exportNotArrived(
        rows.filter((r) => r.expected && !r.checkedInAt),
        { meetingTitle: meeting.title, day, format, language },
      );
    },
    'attendance.badgeTokens': ({ meetingId, registrationIds }) => {
      desk.meeting(meetingId);
      return changed(badges.tokens(meetingId, registrationIds));
    },
    'attendance.reissueBadge': ({ registrationId, operator }) =>
      changed(badges.reissue(registrationId, operator)),
    'attendance.setOperator': ({ operator }) => attendance.setOperator(operator),
  };
}
