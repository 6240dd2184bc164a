import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { OPERATOR_KEY, createAttendanceService } from './attendance.service';
import { createSettingsRepo } from '../settings/settings.repo';
import { createBadgesService } from './badges.service';
import { createDeskService } from './desk.service';
import { exportNotArrived } from './documents/not-arrived-export';
import { createBadgeExports } from './documents/badges-export';
import { createWalkInService } from './walk-in.service';

export function attendanceHandlers(ctx: BackendContext): FeatureHandlers<'attendance'> {
  const settings = createSettingsRepo(ctx.db);
  /** The name a change is signed with: the one given, or the registrar remembered at the desk. */
  const signed = <T extends { operator: string }>(input: T): T => ({
    ...input,
    operator: input.operator || (settings.get(OPERATOR_KEY) ?? ''),
  });
  const desk = createDeskService(ctx.db, ctx.clock);
  const attendance = createAttendanceService(ctx.db, ctx.clock, desk);
  const walkIns = createWalkInService(ctx.db, desk);
  const badges = createBadgesService(ctx.db, ctx.clock);
  const badgeExports = createBadgeExports(ctx);
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
    'attendance.scan': (input) => answered(desk.scan(signed(input))),
    'attendance.find': ({ query, ...place }) => desk.find(place, query),
    'attendance.checkIn': (input) => answered(desk.pick(signed(input))),
    'attendance.undo': (input) => {
      const { undo, operator } = signed(input);
      desk.undo(undo, operator);
      return changed({ undone: true });
    },
    'attendance.walkInMatches': ({ meetingId, givenNames, familyNames, email }) =>
      walkIns.known(meetingId, givenNames, familyNames, email),
    'attendance.walkIn': (input) =>
      changed(walkIns.walkIn(signed(input)), 'registrations', ...(input.person ? ['people'] : [])),
    'attendance.roster': ({ sessionId }) => attendance.roster(sessionId),
    'attendance.setSession': (input) => {
      const { sessionId, registrationId, present, operator } = signed(input);
      return changed(attendance.setSession(sessionId, registrationId, present, operator));
    },
    'attendance.setDay': (input) => changed(attendance.setDay(signed(input))),
    'attendance.person': ({ registrationId }) => attendance.person(registrationId),
    'attendance.setDeskNote': (input) => {
      const { registrationId, note, operator } = signed(input);
      return changed(attendance.setDeskNote(registrationId, note, operator));
    },
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
    'attendance.reissueBadge': (input) => {
      const { registrationId, operator } = signed(input);
      return changed(badges.reissue(registrationId, operator));
    },
    'attendance.setOperator': ({ operator }) => attendance.setOperator(operator),
    // Printing issues the tokens of badges printed for the first time: the panels show them.
    'attendance.badges': async (input) => changed(await badgeExports.exportBadges(input)),
    'attendance.cancelBadges': ({ jobId }) => ({ cancelled: badgeExports.cancel(jobId) }),
  };
}
