import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { csv, file } from './imports-fixtures';
import { addMeeting, register } from './people-fixtures';

const listed = async (backend: ReturnType<typeof testBackend>, meetingId: number) =>
  Object.fromEntries(
    (await backend.call('registrations.list', { meetingId })).map((r) => [
      r.familyNames,
      r.consentToList,
    ]),
  );

describe('consent to be listed, per registration', () => {
  it('follows the person until the meeting is given its own answer in bulk', async () => {
    const backend = testBackend();
    const a = await addMeeting(backend, { title: 'Meeting A' });
    const b = await addMeeting(backend, { title: 'Meeting B' });
    const yes = await register(backend, a, {
      givenNames: 'Ana',
      familyNames: 'Núñez',
      consentToList: true,
    });
    const no = await register(backend, a, { givenNames: 'Olga', familyNames: 'Petrova' });
    await backend.call('registrations.create', {
      meetingId: b,
      personId: yes.personId,
      registration: {},
    });
    expect(await listed(backend, a)).toEqual({ Núñez: true, Petrova: false });

    const reply = await backend.call('registrations.bulkUpdate', {
      ids: [yes.id, no.id],
      consentToList: false,
    });
    expect(reply.updated).toBe(2);
    expect(await listed(backend, a)).toEqual({ Núñez: false, Petrova: false });
    // Meeting B keeps following the person's own answer.
    expect(await listed(backend, b)).toEqual({ Núñez: true });

    await backend.call('registrations.bulkUpdate', { ids: [no.id], consentToList: true });
    expect(await listed(backend, a)).toEqual({ Núñez: false, Petrova: true });
  });

  it('is read from an import’s consent column (yes/no, oui/non), and left to the person when empty', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const rows = [
      ['Prénom', 'Nom', 'Courriel', 'Accepte de figurer sur la liste'],
      ['Aminata', 'Diallo', 'a.diallo@example.org', 'Oui'],
      ['Moussa', 'Traoré', 'm.traore@example.org', 'non'],
      ['Fatou', 'Ndiaye', 'f.ndiaye@example.org', ''],
    ];
    const inspected = await backend.call('imports.inspect', {
      meetingId,
      file: file('liste.csv', csv(rows, ';')),
    });
    expect(inspected.suggestedMapping.listed).toBe(3);
    await backend.call('imports.run', {
      meetingId,
      file: file('liste.csv', csv(rows, ';')),
      mapping: inspected.suggestedMapping,
    });
    expect(await listed(backend, meetingId)).toEqual({
      Diallo: true,
      Traoré: false,
      Ndiaye: false,
    });
    const own = backend.db
      .prepare('SELECT consent_to_list FROM registration ORDER BY id')
      .pluck()
      .all();
    expect(own).toEqual([1, 0, null]);
  });

  it('is put back by undoing an import that changed it', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const person = await register(backend, meetingId, {
      givenNames: 'Aminata',
      familyNames: 'Diallo',
      email: 'a.diallo@example.org',
      consentToList: true,
    });
    const rows = [
      ['First name', 'Last name', 'Email', 'Consent to be listed'],
      ['Aminata', 'Diallo', 'a.diallo@example.org', 'No'],
    ];
    const inspected = await backend.call('imports.inspect', {
      meetingId,
      file: file('update.csv', csv(rows)),
    });
    await backend.call('imports.run', {
      meetingId,
      file: file('update.csv', csv(rows)),
      mapping: inspected.suggestedMapping,
      duplicateDefault: 'merge',
    });
    expect(await listed(backend, meetingId)).toEqual({ Diallo: false });
    await backend.call('imports.undoLast', { meetingId });
    expect(await listed(backend, meetingId)).toEqual({ Diallo: true });
    expect(person.consentToList).toBe(true);
  });

  it('comes back with a removed registration when the removal is undone', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const row = await register(backend, meetingId, {
      givenNames: 'Ana',
      familyNames: 'Núñez',
      consentToList: true,
    });
    await backend.call('registrations.bulkUpdate', { ids: [row.id], consentToList: false });
    const { removed } = await backend.call('registrations.delete', { ids: [row.id] });
    await backend.call('registrations.restore', { removed });
    expect(await listed(backend, meetingId)).toEqual({ Núñez: false });
  });
});
