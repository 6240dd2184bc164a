import { z } from 'zod';

/** Payloads of backend → renderer events; stores refetch on `data.changed`. */
export const eventSchemas = {
  'data.changed': z.object({ feature: z.string() }),
  'job.progress': z.object({
    jobId: z.string(),
    done: z.number(),
    total: z.number(),
    phase: z.string(),
  }),
};
export type EventPayload<E extends keyof typeof eventSchemas> = z.output<(typeof eventSchemas)[E]>;
