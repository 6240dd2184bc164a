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
  return { backend, search, nunez: nunez.id, kone: kone.id, li: li.id };
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

  it('matches one or two letters at the start of a name', async () => {
    const { search, li, nunez, kone } = await twoMeetings();
    expect(await search('li')).toEqual([li]);
    expect(await search('N')).toEqual([nunez]);
    expect(await search('a k')).toEqual([kone]);
    expect(await search('ma nunez')).toEqual([nunez]);
  });

  it('treats search syntax as plain text and an empty query as everyone', async () => {
    const { search, li, nunez, kone } = await twoMeetings();
    for (const query of ['"', 'NOT nunez', 'nu*', 'a OR b', '(kone', ':;', "d'I"])
      await expect(search(query)).resolves.toBeInstanceOf(Array);
    expect(await search('nunez"')).toEqual([]);
    expect(await search('   ')).toEqual([li, nunez, kone].sort((a, b) => a - b));
  });
});
