import type { Channel, Input, Output } from '../../shared/api';
import type { HostHandle } from './fixtures';

/** Calls the real backend directly, as a test's "given"; a refusal fails the test at once. */
export async function seed<C extends Channel>(
  host: HostHandle,
  channel: C,
  input: Input<C>,
): Promise<Output<C>> {
  const result = await host.backend.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
  return result.value as Output<C>;
}

/** A meeting with sensible defaults for the fields a test does not care about. */
export function seedMeeting(
  host: HostHandle,
  title: string,
  startDate: string,
  endDate = startDate,
) {
  return seed(host, 'meetings.create', {
    title,
    kind: 'working_group',
    startDate,
    endDate,
    timeZone: 'Europe/Paris',
  });
}
