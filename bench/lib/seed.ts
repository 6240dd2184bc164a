import type { Backend } from '../../electron/backend/backend';
import { SAMPLE_SPECIALISTS_GROUP } from '../../electron/backend/demo/sample-meetings';

/** Calls a channel and throws on an error envelope, so a benchmark never times failures. */
export async function call(backend: Backend, channel: string, input: unknown): Promise<unknown> {
  const reply = await backend.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel} failed: ${reply.error.code} ${reply.error.message}`);
  return reply.value;
}

/** The reference meetings plus numbered copies, through the contract as a user would create them. */
export async function seedMeetings(backend: Backend, count: number): Promise<void> {
  await call(backend, 'demo.load', {});
  for (let i = 4; i <= count; i++)
    await call(backend, 'meetings.create', {
      ...SAMPLE_SPECIALISTS_GROUP,
      title: `${SAMPLE_SPECIALISTS_GROUP.title} (${i})`,
    });
}
