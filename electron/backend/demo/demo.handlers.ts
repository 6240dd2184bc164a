import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { loadSampleData } from './demo.service';

export function demoHandlers(ctx: BackendContext): FeatureHandlers<'demo'> {
  return {
    'demo.load': () => {
      const result = loadSampleData(ctx.db);
      ctx.emit('data.changed', { feature: 'meetings' });
      return result;
    },
  };
}
