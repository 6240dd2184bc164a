import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, failure } from './people-fixtures';

describe('people', () => {
  it('stores one-part names and names in any script exactly as typed', async () => {
    const backend = testBackend();
    const typed = [
      { givenNames: '', familyNames: 'Sukarno' },
      { givenNames: 'Wei', familyNames: '' },
      { givenNames: '伟', familyNames: '李' },
      { givenNames: 'محمد', familyNames: 'العلي' },
      { givenNames: 'Анна', familyNames: 'Ковальчук' },
      { givenNames: 'José María', familyNames: 'Núñez de Balboa' },
    ];
    for (const names of typed) {
      const created = await backend.call('people.create', names);
      const read = await backend.call('people.get', { id: created.id });
      expect({ givenNames: read.givenNames, familyNames: read.familyNames }).toEqual(names);
    }
  });

  it('refuses a person with no name at all, next to the family name', async () => {
    const backend = testBackend();
    expect(
      await failure(backend, 'people.create', { givenNames: ' ', familyNames: '' }),
    ).toMatchObject({ code: 'validation', issues: [{ path: ['familyNames'] }] });
  });

  it('refuses an organisation that does not exist, next to the field', async () => {
    const backend = testBackend();
    expect(
      await failure(backend, 'people.create', { familyNames: 'Ba', organisationId: 42 }),
    ).toMatchObject({
      code: 'validation',
      issues: [{ path: ['organisationId'], message: 'errors.organisationMissing' }],
    });
  });

  it('shows the meetings a person is registered to, and counts them in the directory', async () => {
    const backend = testBackend();
    const lyon = await addMeeting(backend, {
      title: 'Specialists group',
      startDate: '2026-11-14',
      endDate: '2026-11-17',
    });
    const cotonou = await addMeeting(backend);
    const person = await backend.call('people.create', {
      givenNames: 'Aïcha',
      familyNames: 'Koné',
      email: ' Aicha.Kone@Example.org ',
      countryCode: 'CI',
      languages: ['fr', 'en'],
      consentToList: true,
    });
    expect(person).toMatchObject({ email: 'Aicha.Kone@Example.org', countryCode: 'CI' });
    await backend.call('people.create', { givenNames: 'Jean', familyNames: 'Dupont' });
    for (const meetingId of [lyon, cotonou])
      await backend.call('registrations.create', {
        meetingId,
        personId: person.id,
        registration: { role: 'speaker' },
      });

    const read = await backend.call('people.get', { id: person.id });
    expect(read.meetings.map((m) => [m.meetingId, m.role])).toEqual([
      [lyon, 'speaker'],
      [cotonou, 'speaker'],
    ]);
    const directory = await backend.call('people.directory', {});
    expect(directory.map((p) => [p.familyNames, p.meetingCount])).toEqual([
      ['Dupont', 0],
      ['Koné', 2],
    ]);
    const found = await backend.call('people.directory', { query: 'kone' });
    expect(found.map((p) => p.id)).toEqual([person.id]);
  });

  it('updates a person and finds them under their new name only', async () => {
    const backend = testBackend();
    const person = await backend.call('people.create', { familyNames: 'Mensah' });
    const updated = await backend.call('people.update', {
      id: person.id,
      person: { givenNames: 'Kofi', familyNames: 'Annan-Mensah', phone: '+229 21 30 00 00' },
    });
    expect(updated).toMatchObject({ givenNames: 'Kofi', phone: '+229 21 30 00 00' });
    expect(await backend.call('people.directory', { query: 'annan' })).toHaveLength(1);
    expect(await backend.call('people.directory', { query: 'kof' })).toHaveLength(1);
    expect(
      await failure(backend, 'people.update', { id: 999, person: { familyNames: 'X' } }),
    ).toMatchObject({ code: 'not_found' });
  });
});
