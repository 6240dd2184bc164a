import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, failure, register } from './people-fixtures';

type Backend = ReturnType<typeof testBackend>;

/** Two registrations with every field filled and a status history of two steps. */
async function twoParticipants(backend: Backend) {
  const meetingId = await addMeeting(backend);
  const org = await backend.call('organisations.create', { name: 'Police nationale' });
  const a = await register(
    backend,
    meetingId,
    { givenNames: 'Awa', familyNames: 'Diop', countryCode: 'SN', organisationId: org.id },
    {
      role: 'chair',
      status: 'invited',
      plannedDays: ['2026-09-22', '2026-09-24'],
      arrivalDate: '2026-09-21',
      departureDate: '2026-09-25',
      dietary: 'Halal',
      accessibility: 'Step-free access',
      visaLetter: true,
      badgeName: 'Dr Awa Diop',
      internalNotes: 'Sits next to the chair of the working group.',
    },
  );
  await backend.call('registrations.update', {
    id: a.id,
    registration: {
      ...(await backend.call('registrations.get', { id: a.id })),
      status: 'confirmed',
    },
  });
  const b = await register(backend, meetingId, { familyNames: 'Kaboré' }, { role: 'observer' });
  return { meetingId, a: a.id, b: b.id };
}

async function snapshot(backend: Backend, meetingId: number) {
  const rows = await backend.call('registrations.list', { meetingId });
  return Promise.all(rows.map((r) => backend.call('registrations.get', { id: r.id })));
}

describe('removing registrations and undoing it', () => {
  it('puts every field, timestamp, id and the status history back as they were', async () => {
    const backend = testBackend();
    const { meetingId, a, b } = await twoParticipants(backend);
    const before = await snapshot(backend, meetingId);
    expect(before.find((r) => r.id === a)?.history.map((h) => h.status)).toEqual([
      'invited',
      'confirmed',
    ]);

    const { deleted, removed } = await backend.call('registrations.delete', { ids: [a, b] });
    expect(deleted).toBe(2);
    expect(removed.map((r) => r.id)).toEqual([a, b]);
    expect(await backend.call('registrations.list', { meetingId })).toEqual([]);

    expect(await backend.call('registrations.restore', { removed })).toEqual({
      restored: 2,
      ids: [a, b],
    });
    expect(await snapshot(backend, meetingId)).toEqual(before);
    // The person's meetings follow: the directory counts the meeting again.
    const person = await backend.call('people.get', { id: before[0]!.personId });
    expect(person.meetings.map((m) => m.registrationId)).toEqual([before[0]!.id]);
  });

  it('gives a new id when the old one was taken meanwhile', async () => {
    const backend = testBackend();
    const { meetingId, b } = await twoParticipants(backend);
    const { removed } = await backend.call('registrations.delete', { ids: [b] });
    // SQLite hands the highest free id to the next row: the removed one's.
    const other = await register(backend, meetingId, { familyNames: 'Sawadogo' });
    expect(other.id).toBe(b);
    const { ids } = await backend.call('registrations.restore', { removed });
    expect(ids[0]).not.toBe(b);
    const back = await backend.call('registrations.get', { id: ids[0]! });
    expect(back).toMatchObject({ familyNames: 'Kaboré', role: 'observer', status: 'invited' });
  });

  it('restores all or none: someone registered again meanwhile refuses the whole undo', async () => {
    const backend = testBackend();
    const { meetingId, a, b } = await twoParticipants(backend);
    const { removed } = await backend.call('registrations.delete', { ids: [a, b] });
    await backend.call('registrations.create', {
      meetingId,
      personId: removed[1]!.personId,
      registration: {},
    });
    expect(await failure(backend, 'registrations.restore', { removed })).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['removed', 1, 'personId'], message: 'errors.alreadyRegistered' }],
    });
    const rows = await backend.call('registrations.list', { meetingId });
    expect(rows.map((r) => r.familyNames)).toEqual(['Kaboré']);
  });

  it('refuses a meeting that is gone, and data in the wrong shape, writing nothing', async () => {
    const backend = testBackend();
    const { meetingId, a } = await twoParticipants(backend);
    const { removed } = await backend.call('registrations.delete', { ids: [a] });
    const bad = [
      { ...removed[0]!, registration: { ...removed[0]!.registration, status: 'lost' } },
      { ...removed[0]!, createdAt: 'yesterday' },
      { ...removed[0]!, history: [{ status: 'confirmed', changedAt: '2026-13-45' }] },
    ];
    for (const r of bad)
      expect(await failure(backend, 'registrations.restore', { removed: [r] })).toMatchObject({
        code: 'validation',
      });
    expect(await failure(backend, 'registrations.restore', { removed: [] })).toMatchObject({
      code: 'validation',
    });
    // The first one would be fine; the second names a meeting deleted meanwhile.
    const gone = { ...removed[0]!, id: 9999, meetingId: meetingId + 1 };
    expect(
      await failure(backend, 'registrations.restore', { removed: [removed[0]!, gone] }),
    ).toMatchObject({ code: 'not_found' });
    const rows = await backend.call('registrations.list', { meetingId });
    expect(rows.map((r) => r.familyNames)).toEqual(['Kaboré']);
  });
});
