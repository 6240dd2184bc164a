import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { loadSampleData } from './demo.service';

export function demoHandlers(ctx: BackendContext): FeatureHandlers<'demo'> {
  return {
    'demo.load': async () => {
      const result = await loadSampleData(ctx.db, ctx.clock);
      for (const feature of ['meetings', 'people', 'registrations'])
        ctx.emit('data.changed', { feature });
      return result;
    },
  };
}
