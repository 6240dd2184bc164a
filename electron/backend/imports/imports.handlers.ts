import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { createImportsService } from './imports.service';
import { createJobRegistry, type JobControl } from './job';

export function importsHandlers(ctx: BackendContext): FeatureHandlers<'imports'> {
  const imports = createImportsService(ctx.db, { beforeWrite: ctx.safety.backupBeforeImport });
  const jobs = createJobRegistry(ctx);
  const changed = () => {
    ctx.emit('data.changed', { feature: 'people' });
    ctx.emit('data.changed', { feature: 'registrations' });
    ctx.emit('data.changed', { feature: 'imports' });
  };
  /** Runs a step as a job, so its progress is reported and it can be cancelled. */
  async function asJob<T>(jobId: string | undefined, step: (job: JobControl) => Promise<T>) {
    const job = jobs.start(jobId);
    try {
      return await step(job);
    } finally {
      job.end();
    }
  }
  return {
    'imports.inspect': (input) => asJob(input.jobId, (job) => imports.inspect(input, job)),
    'imports.check': (input) => asJob(input.jobId, (job) => imports.check(input, job)),
    'imports.run': async (input) => {
      const result = await asJob(input.jobId, (job) => imports.run(input, job));
      changed();
      return result;
    },
    'imports.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'imports.undoLast': ({ meetingId, batchId }) => {
      const result = imports.undoLast(meetingId, batchId);
      changed();
      return result;
    },
    'imports.last': ({ meetingId }) => imports.last(meetingId),
  };
}
