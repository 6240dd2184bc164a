import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, failure } from './people-fixtures';

describe('organisations.get', () => {
  it('lists the people of an organisation and the meetings they are registered to', async () => {
    const backend = testBackend();
    const mali = await backend.call('organisations.create', {
      name: 'Police Nationale du Mali',
      type: 'law_enforcement',
      countryCode: 'ML',
    });
    const other = await backend.call('organisations.create', { name: 'Gendarmerie nationale' });
    const person = async (givenNames: string, familyNames: string, organisationId: number) =>
      (
        await backend.call('people.create', {
          givenNames,
          familyNames,
          organisationId,
          countryCode: 'ML',
          position: 'Commissaire',
        })
      ).id;
    const traore = await person('Oumar', 'Traoré', mali.id);
    const ndiaye = await person('Moussa', 'N’Diaye', mali.id);
    const keita = await person('Awa', 'Keïta', mali.id);
    const outsider = await person('Ali', 'Sow', other.id);
    const cotonou = await addMeeting(backend, {
      title: 'Regional Working Group — Cotonou',
      city: 'Cotonou',
      countryCode: 'BJ',
      startDate: '2026-09-22',
      endDate: '2026-09-24',
    });
    const lyon = await addMeeting(backend, {
      title: 'Specialists Group — Lyon',
      city: 'Lyon',
      countryCode: 'FR',
      startDate: '2026-11-14',
      endDate: '2026-11-17',
    });
    const dakar = await addMeeting(backend, { title: 'Only others went' });
    for (const [meetingId, personId, status] of [
      [cotonou, traore, 'confirmed'],
      [cotonou, ndiaye, 'declined'],
      [lyon, traore, 'registered'],
      [lyon, ndiaye, 'registered'],
      [lyon, keita, 'invited'],
      [dakar, outsider, 'confirmed'],
    ] as const)
      await backend.call('registrations.create', {
        meetingId,
        personId,
        registration: { status },
      });

    const page = await backend.call('organisations.get', { id: mali.id });
    expect(page).toMatchObject({
      name: 'Police Nationale du Mali',
      countryCode: 'ML',
      peopleCount: 3,
    });
    expect(page.people.map((p) => [p.familyNames, p.meetingCount])).toEqual([
      ['Keïta', 1],
      ['N’Diaye', 2],
      ['Traoré', 2],
    ]);
    expect(page.people[0]).toMatchObject({ givenNames: 'Awa', position: 'Commissaire' });
    // Newest first; each with how many of its people are registered, and how many are coming.
    expect(page.meetings).toEqual([
      {
        meetingId: lyon,
        title: 'Specialists Group — Lyon',
        startDate: '2026-11-14',
        endDate: '2026-11-17',
        city: 'Lyon',
        countryCode: 'FR',
        registered: 3,
        coming: 2,
      },
      {
        meetingId: cotonou,
        title: 'Regional Working Group — Cotonou',
        startDate: '2026-09-22',
        endDate: '2026-09-24',
        city: 'Cotonou',
        countryCode: 'BJ',
        registered: 2,
        coming: 1,
      },
    ]);
  });

  it('shows an organisation nobody belongs to, and refuses one that does not exist', async () => {
    const backend = testBackend();
    const empty = await backend.call('organisations.create', { name: 'Tech Safety Alliance' });
    expect(await backend.call('organisations.get', { id: empty.id })).toMatchObject({
      name: 'Tech Safety Alliance',
      people: [],
      meetings: [],
    });
    expect((await failure(backend, 'organisations.get', { id: empty.id + 1 })).code).toBe(
      'not_found',
    );
  });
});
