import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { exportParticipants } from './export';
import { createRegistrationsService } from './registrations.service';
import { createSummaryRepo } from './summary.repo';
import { createParticipantListRepo } from './participant-list.repo';

export function registrationsHandlers(ctx: BackendContext): FeatureHandlers<'registrations'> {
  const registrations = createRegistrationsService(ctx.db);
  const summaries = createSummaryRepo(ctx.db);
  const lists = createParticipantListRepo(ctx.db);
  const changed = <T>(value: T, ...more: string[]): T => {
    for (const feature of ['registrations', ...more]) ctx.emit('data.changed', { feature });
    return value;
  };
  return {
    'registrations.list': ({ meetingId }) => registrations.list(meetingId),
    'registrations.listCompact': ({ meetingId }) => lists.list(meetingId),
    'registrations.search': ({ meetingId, query }) => ({
      ids: registrations.search(meetingId, query),
    }),
    'registrations.summary': ({ meetingId }) => summaries.summary(meetingId),
    'registrations.get': ({ id }) => registrations.get(id),
    'registrations.create': (input) =>
      // A new person also appears in the people directory.
      changed(registrations.create(input), ...(input.person ? ['people'] : [])),
    'registrations.update': ({ id, registration }) =>
      changed(registrations.update(id, registration)),
    'registrations.bulkUpdate': ({ ids, status, role, consentToList }) =>
      changed({ updated: registrations.bulkUpdate(ids, status, role, consentToList) }),
    // People's meeting counts follow their registrations.
    'registrations.delete': ({ ids, sessions }) =>
      changed(registrations.delete(ids, sessions), 'people', 'agenda'),
    'registrations.restore': ({ removed }) =>
      changed(registrations.restore(removed), 'people', 'agenda'),
    'registrations.export': ({ meetingId, ids, format, language, separator }) => {
      const meeting = registrations.meeting(meetingId);
      return exportParticipants(registrations.byIds(meetingId, ids), {
        meetingTitle: meeting.title,
        format,
        language,
        separator,
      });
    },
  };
}
