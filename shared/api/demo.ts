import { z } from 'zod';
import { channel } from './channel';

export const demoChannels = {
  'demo.load': channel(
    z.object({}),
    z.object({ meetingIds: z.array(z.number()), alreadyLoaded: z.boolean() }),
  ),
};
