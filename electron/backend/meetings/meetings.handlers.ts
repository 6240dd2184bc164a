import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { createMeetingsService } from './meetings.service';

export function meetingsHandlers(ctx: BackendContext): FeatureHandlers<'meetings'> {
  const meetings = createMeetingsService(ctx.db);
  const changed = () => ctx.emit('data.changed', { feature: 'meetings' });
  return {
    'meetings.list': () => meetings.list(),
    'meetings.get': ({ id }) => meetings.get(id),
    'meetings.create': (input) => {
      const created = meetings.create(input);
      changed();
      return created;
    },
    'meetings.update': ({ id, meeting }) => {
      const updated = meetings.update(id, meeting);
      changed();
      return updated;
    },
    'meetings.delete': ({ id }) => {
      const result = meetings.delete(id);
      changed();
      return result;
    },
  };
}
