import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, register } from './people-fixtures';

async function twoMeetings() {
  const backend = testBackend();
  const meetingId = await addMeeting(backend);
  const otherMeetingId = await addMeeting(backend, { title: 'Another meeting' });
  const unicef = await backend.call('organisations.create', {
    name: 'United Nations Children’s Fund',
    acronym: 'UNICEF',
    type: 'international',
  });
  const nunez = await register(backend, meetingId, {
    givenNames: 'María',
    familyNames: 'Núñez',
    email: 'm.nunez@policia.example',
    countryCode: 'ES',
  });
  const kone = await register(backend, meetingId, {
    givenNames: 'Aïcha',
    familyNames: 'Koné',
    countryCode: 'CI',
    organisationId: unicef.id,
  });
  const li = await register(backend, meetingId, {
    givenNames: 'Wei',
    familyNames: 'Li',
    countryCode: 'CN',
  });
  // Someone at another meeting only, matching every query below.
  await register(backend, otherMeetingId, {
    givenNames: 'Lionel',
    familyNames: 'Nuñez Koné',
    email: 'nunez@unicef.example',
    countryCode: 'CI',
    organisationId: unicef.id,
  });
  const search = async (query: string) =>
    (await backend.call('registrations.search', { meetingId, query })).ids.sort((a, b) => a - b);
  return { backend, meetingId, search, nunez: nunez.id, kone: kone.id, li: li.id };
}

describe('registrations.search', () => {
  it('ignores accents and case, and finds only this meeting’s people', async () => {
    const { search, nunez, kone } = await twoMeetings();
    expect(await search('nunez')).toEqual([nunez]);
    expect(await search('NÚÑEZ')).toEqual([nunez]);
    expect(await search('aicha kone')).toEqual([kone]);
    expect(await search('kone aicha')).toEqual([kone]);
  });

  it('finds people by organisation, acronym, email and country name in English or French', async () => {
    const { search, nunez, kone, li } = await twoMeetings();
    expect(await search('unicef')).toEqual([kone]);
    expect(await search('children')).toEqual([kone]);
    expect(await search('policia.example')).toEqual([nunez]);
    expect(await search('cote')).toEqual([kone]);
    expect(await search('ivory coast')).toEqual([kone]);
    expect(await search('china')).toEqual([li]);
    expect(await search('Espagne')).toEqual([nunez]);
    expect(await search('spain')).toEqual([nunez]);
  });

  it('matches one or two letters at the start of a word, never inside one', async () => {
    const { search, li, nunez, kone } = await twoMeetings();
    expect(await search('li')).toEqual([li]);
    // Núñez, and Koné of the United Nations Children’s Fund; not the "n" inside Aïcha or Wei's China.
    expect(await search('N')).toEqual([nunez, kone].sort((a, b) => a - b));
    expect(await search('a k')).toEqual([kone]);
    expect(await search('ma nunez')).toEqual([nunez]);
  });

  it('treats search syntax as plain text and an empty query as everyone', async () => {
    const { search, li, nunez, kone } = await twoMeetings();
    for (const query of ['"', 'NOT nunez', 'nu*', 'a OR b', '(kone', ':;', "d'I"])
      await expect(search(query)).resolves.toBeInstanceOf(Array);
    // Quotes separate words, as they do in names: what is left is searched.
    expect(await search('nunez"')).toEqual([nunez]);
    expect(await search('   ')).toEqual([li, nunez, kone].sort((a, b) => a - b));
  });
});

describe('registrations.search as the meeting changes', () => {
  it('follows registrations added, removed and restored between two searches', async () => {
    const { backend, meetingId, search, li } = await twoMeetings();
    expect(await search('li')).toEqual([li]);
    const lina = await register(backend, meetingId, { givenNames: 'Lina', familyNames: 'Haddad' });
    expect(await search('li')).toEqual([li, lina.id]);
    const { removed } = await backend.call('registrations.delete', { ids: [li] });
    expect(await search('li')).toEqual([lina.id]);
    const { ids } = await backend.call('registrations.restore', { removed });
    expect(await search('li')).toEqual([...ids, lina.id].sort((a, b) => a - b));
    // A person renamed is found by the new name at once.
    await backend.call('people.update', {
      id: lina.personId,
      person: { givenNames: 'Nour', familyNames: 'Haddad' },
    });
    expect(await search('li')).toEqual(ids);
  });
});
