import type { Input } from '../../shared/api';
import type { testBackend } from './helpers';
import { meetingInput } from './meeting-fixtures';

type TestBackend = ReturnType<typeof testBackend>;

/** A meeting (22–24 September 2026 unless overridden); returns its id. */
export async function addMeeting(
  backend: TestBackend,
  overrides: Partial<Input<'meetings.create'>> = {},
): Promise<number> {
  return (await backend.call('meetings.create', meetingInput(overrides))).id;
}

/** Registers a new person to `meetingId`; returns the registration's participant row. */
export function register(
  backend: TestBackend,
  meetingId: number,
  person: Input<'people.create'>,
  registration: Input<'registrations.create'>['registration'] = {},
) {
  return backend.call('registrations.create', { meetingId, person, registration });
}

/** The reply's error code (and issues) of a call that must fail. */
export async function failure(backend: TestBackend, channel: string, input: unknown) {
  const reply = await backend.dispatch(channel, input);
  if (reply.ok) throw new Error(`${channel} should have failed`);
  return reply.error;
}
