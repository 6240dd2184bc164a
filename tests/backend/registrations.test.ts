import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, failure, register } from './people-fixtures';

describe('registrations', () => {
  it('registers a new person with their organisation, country and region in the row', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const org = await backend.call('organisations.create', {
      name: 'Police nationale',
      acronym: 'PN',
      type: 'law_enforcement',
    });
    const row = await register(
      backend,
      meetingId,
      { givenNames: 'Awa', familyNames: 'Diop', countryCode: 'SN', organisationId: org.id },
      { role: 'chair', status: 'registered', plannedDays: ['2026-09-23', '2026-09-22'] },
    );
    expect(row).toMatchObject({
      familyNames: 'Diop',
      organisationName: 'Police nationale',
      organisationType: 'law_enforcement',
      countryCode: 'SN',
      policeRegion: 'africa',
      m49Region: 'Africa',
      role: 'chair',
      status: 'registered',
      plannedDays: ['2026-09-22', '2026-09-23'],
    });
    expect(await backend.call('registrations.list', { meetingId })).toEqual([row]);
    const full = await backend.call('registrations.get', { id: row.id });
    expect(full.history.map((h) => h.status)).toEqual(['registered']);
  });

  it('registers a person once per meeting: a second time is a conflict', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const first = await register(backend, meetingId, { familyNames: 'Kaboré' });
    const error = await failure(backend, 'registrations.create', {
      meetingId,
      personId: first.personId,
      registration: {},
    });
    expect(error).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['personId'], message: 'errors.alreadyRegistered' }],
    });
    expect(await backend.call('registrations.list', { meetingId })).toHaveLength(1);
  });

  it('needs exactly one of an existing person and a new one', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const person = await backend.call('people.create', { familyNames: 'Bello' });
    for (const input of [
      { meetingId, registration: {} },
      { meetingId, personId: person.id, person: { familyNames: 'Other' }, registration: {} },
    ])
      expect(await failure(backend, 'registrations.create', input)).toMatchObject({
        code: 'validation',
        issues: [{ path: ['personId'], message: 'errors.personOrNewPerson' }],
      });
    // Nothing half-written: the refused new person was not created either.
    expect(await backend.call('people.directory', {})).toHaveLength(1);
  });

  it('accepts planned days only within the meeting', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const row = await register(backend, meetingId, { familyNames: 'Sall' });
    const error = await failure(backend, 'registrations.update', {
      id: row.id,
      registration: { plannedDays: ['2026-09-24', '2026-09-25'] },
    });
    expect(error).toMatchObject({
      code: 'validation',
      issues: [{ path: ['plannedDays', 1], message: 'errors.dayNotInMeeting' }],
    });
    const refusedNew = await failure(backend, 'registrations.create', {
      meetingId,
      person: { familyNames: 'Ndiaye' },
      registration: { plannedDays: ['2026-09-21'] },
    });
    expect(refusedNew).toMatchObject({ code: 'validation' });
    expect(await backend.call('people.directory', {})).toHaveLength(1);
  });

  it('records each status change of an update in the history', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const row = await register(backend, meetingId, { familyNames: 'Touré' });
    await backend.call('registrations.update', {
      id: row.id,
      registration: { status: 'confirmed', badgeName: 'Dr Touré', visaLetter: true },
    });
    // Saving other fields again with the same status is not a status change.
    await backend.call('registrations.update', {
      id: row.id,
      registration: { status: 'confirmed', dietary: 'Vegetarian' },
    });
    const full = await backend.call('registrations.get', { id: row.id });
    expect(full).toMatchObject({ status: 'confirmed', dietary: 'Vegetarian', visaLetter: false });
    expect(full.history.map((h) => h.status)).toEqual(['invited', 'confirmed']);
  });

  it('changes status and role in bulk, recording every status change', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const rows = [];
    for (const familyNames of ['Abdi', 'Bako', 'Cissé'])
      rows.push(await register(backend, meetingId, { familyNames }));
    const [a, b, c] = rows.map((r) => r.id) as [number, number, number];
    await backend.call('registrations.update', {
      id: c,
      registration: { status: 'confirmed' },
    });

    const result = await backend.call('registrations.bulkUpdate', {
      ids: [a, b, c],
      status: 'confirmed',
      role: 'observer',
    });
    expect(result).toEqual({ updated: 3 });
    const list = await backend.call('registrations.list', { meetingId });
    expect(list.map((r) => [r.status, r.role])).toEqual([
      ['confirmed', 'observer'],
      ['confirmed', 'observer'],
      ['confirmed', 'observer'],
    ]);
    for (const id of [a, b, c])
      expect(
        (await backend.call('registrations.get', { id })).history.map((h) => h.status),
      ).toEqual(['invited', 'confirmed']);
    expect(await failure(backend, 'registrations.bulkUpdate', { ids: [a] })).toMatchObject({
      code: 'validation',
      issues: [{ path: ['status'] }],
    });
  });

  it('deletes registrations but keeps the people for other meetings', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const row = await register(backend, meetingId, { familyNames: 'Zida' });
    expect(await backend.call('registrations.delete', { ids: [row.id, 9999] })).toMatchObject({
      deleted: 1,
      removed: [{ id: row.id, personId: row.personId }],
    });
    expect(await backend.call('registrations.list', { meetingId })).toEqual([]);
    expect((await backend.call('people.get', { id: row.personId })).meetings).toEqual([]);
    expect(await failure(backend, 'registrations.get', { id: row.id })).toMatchObject({
      code: 'not_found',
    });
  });
});
