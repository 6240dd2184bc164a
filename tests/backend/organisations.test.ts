import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, failure, register } from './people-fixtures';

describe('organisations', () => {
  it('lists organisations with how many people belong to each', async () => {
    const backend = testBackend();
    const police = await backend.call('organisations.create', {
      name: '  Police nationale du Bénin ',
      acronym: 'PNB',
      type: 'law_enforcement',
      countryCode: 'BJ',
    });
    expect(police).toMatchObject({ name: 'Police nationale du Bénin', peopleCount: 0 });
    await backend.call('people.create', { familyNames: 'Houngbo', organisationId: police.id });
    const list = await backend.call('organisations.list', {});
    expect(list).toEqual([{ ...police, peopleCount: 1 }]);
  });

  it('merging two duplicates moves every person to the one kept and deletes the other', async () => {
    const backend = testBackend();
    const keep = await backend.call('organisations.create', {
      name: 'International Organization for Migration',
      type: 'international',
    });
    const duplicate = await backend.call('organisations.create', {
      name: 'Intl Organization for Migration',
      acronym: 'IOM',
      type: 'international',
      countryCode: 'CH',
    });
    const meetingId = await addMeeting(backend);
    const ids: number[] = [];
    for (const [familyNames, organisationId] of [
      ['Diallo', keep.id],
      ['Traoré', duplicate.id],
      ['Ouédraogo', duplicate.id],
    ] as const) {
      const row = await register(backend, meetingId, { familyNames, organisationId });
      ids.push(row.personId);
    }

    const merged = await backend.call('organisations.merge', {
      keepId: keep.id,
      mergeId: duplicate.id,
    });
    // The kept record takes the acronym and country only the duplicate had.
    expect(merged).toMatchObject({
      id: keep.id,
      acronym: 'IOM',
      countryCode: 'CH',
      peopleCount: 3,
    });
    const list = await backend.call('organisations.list', {});
    expect(list.map((o) => o.id)).toEqual([keep.id]);
    for (const id of ids)
      expect((await backend.call('people.get', { id })).organisationId).toBe(keep.id);
    // The people who moved are found under the kept organisation's acronym.
    const found = await backend.call('registrations.search', { meetingId, query: 'IOM' });
    expect(found.ids).toHaveLength(3);
  });

  it('refuses to merge an organisation with itself or with one that does not exist', async () => {
    const backend = testBackend();
    const org = await backend.call('organisations.create', { name: 'UNODC' });
    expect(
      await failure(backend, 'organisations.merge', { keepId: org.id, mergeId: org.id }),
    ).toMatchObject({ code: 'validation', issues: [{ path: ['mergeId'] }] });
    expect(
      await failure(backend, 'organisations.merge', { keepId: org.id, mergeId: 999 }),
    ).toMatchObject({ code: 'not_found' });
    expect((await backend.call('organisations.list', {})).map((o) => o.id)).toEqual([org.id]);
  });

  it('renaming an organisation makes its people findable under the new name', async () => {
    const backend = testBackend();
    const org = await backend.call('organisations.create', { name: 'Ministry of Justice' });
    const meetingId = await addMeeting(backend);
    await register(backend, meetingId, { familyNames: 'Sow', organisationId: org.id });
    await backend.call('organisations.update', {
      id: org.id,
      organisation: { name: 'Ministère de la Justice', acronym: 'MJ', type: 'law_enforcement' },
    });
    expect(
      (await backend.call('registrations.search', { meetingId, query: 'ministère' })).ids,
    ).toHaveLength(1);
    expect(
      (await backend.call('registrations.search', { meetingId, query: 'Ministry' })).ids,
    ).toEqual([]);
  });
});
