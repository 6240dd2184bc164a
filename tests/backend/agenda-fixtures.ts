import type { Input } from '../../shared/api';
import type { testBackend } from './helpers';
import { addMeeting, register } from './people-fixtures';

type TestBackend = ReturnType<typeof testBackend>;

/** A session at 09:00–10:30 on the meeting's first day unless overridden. */
export function sessionInput(
  overrides: Partial<Input<'agenda.createSession'>['session']> = {},
): Input<'agenda.createSession'>['session'] {
  return {
    title: 'Opening plenary',
    type: 'plenary',
    day: '2026-09-22',
    startMinute: 9 * 60,
    endMinute: 10 * 60 + 30,
    ...overrides,
  };
}

/**
 * The working group in Cotonou with two rooms (a hall of 120 and a workshop room of 30) and two
 * participants: a police officer and an NGO worker.
 */
export async function agendaMeeting(backend: TestBackend) {
  const meetingId = await addMeeting(backend);
  const hall = await backend.call('agenda.createRoom', {
    meetingId,
    room: { name: 'Salle des fêtes', capacity: 120 },
  });
  const small = await backend.call('agenda.createRoom', {
    meetingId,
    room: { name: 'Salle 2', capacity: 30, location: 'First floor' },
  });
  const police = await backend.call('organisations.create', {
    name: 'Police Nationale du Bénin',
    type: 'law_enforcement',
  });
  const ngo = await backend.call('organisations.create', { name: 'Terre des Hommes', type: 'ngo' });
  const officer = await register(
    backend,
    meetingId,
    { givenNames: 'Awa', familyNames: 'Diop', organisationId: police.id },
    { status: 'confirmed', role: 'chair' },
  );
  const worker = await register(
    backend,
    meetingId,
    { givenNames: 'Oleksandr', familyNames: 'Шевченко', organisationId: ngo.id },
    { status: 'registered' },
  );
  return { meetingId, hall: hall.id, small: small.id, officer, worker, ngo, police };
}

/** Creates a session; returns its id. */
export async function addSession(
  backend: TestBackend,
  meetingId: number,
  overrides: Partial<Input<'agenda.createSession'>['session']> = {},
): Promise<number> {
  return (
    await backend.call('agenda.createSession', { meetingId, session: sessionInput(overrides) })
  ).id;
}
