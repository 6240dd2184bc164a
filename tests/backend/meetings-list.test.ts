import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api';
import { testBackend } from './helpers';
import { meetingInput } from './meeting-fixtures';
import { register } from './people-fixtures';

type Backend = ReturnType<typeof testBackend>;

/** Meetings an organiser could hold, with titles, places and dates that collide usefully. */
async function seedMeetings(backend: Backend) {
  const create = async (fields: Partial<Input<'meetings.create'>>) =>
    (await backend.call('meetings.create', meetingInput(fields))).id;
  const programme = await create({
    title: 'West Africa and Sahel Anti-Trafficking Programme — Launch Conference',
    kind: 'conference',
    venue: 'King Fahd Palace',
    city: 'Dakar',
    countryCode: 'SN',
    startDate: '2026-03-10',
    endDate: '2026-03-11',
  });
  const cotonou = await create({
    title: 'Regional Working Group on Human Trafficking',
    city: 'Cotonou',
    countryCode: 'BJ',
    startDate: '2026-09-22',
    endDate: '2026-09-24',
    parentId: programme,
  });
  const lyon = await create({
    title: 'Specialists Group on Crimes against Children',
    kind: 'specialists_group',
    venue: 'General Secretariat',
    city: 'Lyon',
    countryCode: 'FR',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
  });
  const abidjan = await create({
    title: 'Équipe commune d’enquête — réunion de coordination',
    venue: 'École nationale de police',
    city: 'Abidjan',
    countryCode: 'CI',
    startDate: '2027-02-02',
    endDate: '2027-02-03',
  });
  const stockholm = await create({
    title: 'Nordic Cybercrime Seminar',
    city: 'Stockholm',
    countryCode: 'SE',
    startDate: '2025-05-06',
    endDate: '2025-05-07',
  });
  return { programme, cotonou, lyon, abidjan, stockholm };
}

async function titles(backend: Backend, input: Input<'meetings.list'>) {
  return (await backend.call('meetings.list', input)).map((m) => m.title.split(' ')[0]);
}

describe('the meetings list', () => {
  it('gives each meeting its dates, place, parent and who is on its list', async () => {
    const backend = testBackend();
    const ids = await seedMeetings(backend);
    const statuses = ['confirmed', 'registered', 'invited', 'invited', 'declined'] as const;
    for (const [i, status] of statuses.entries())
      await register(backend, ids.lyon, { familyNames: `Person ${i}` }, { status });
    await register(backend, ids.cotonou, { familyNames: 'Diop' }, { status: 'invited' });

    const list = await backend.call('meetings.list', {});
    const lyon = list.find((m) => m.id === ids.lyon)!;
    expect(lyon).toMatchObject({
      startDate: '2026-11-14',
      endDate: '2026-11-17',
      venue: 'General Secretariat',
      city: 'Lyon',
      countryCode: 'FR',
      parentTitle: null,
      participants: {
        total: 5,
        expected: 2,
        byStatus: { confirmed: 1, registered: 1, invited: 2, declined: 1 },
      },
    });
    expect(list.find((m) => m.id === ids.cotonou)).toMatchObject({
      parentId: ids.programme,
      parentTitle: 'West Africa and Sahel Anti-Trafficking Programme — Launch Conference',
      participants: { total: 1, expected: 0, byStatus: { invited: 1 } },
    });
    expect(list.find((m) => m.id === ids.programme)).toMatchObject({
      childCount: 1,
      participants: { total: 0, expected: 0, byStatus: {} },
    });
  });

  it.each([
    ['a word of the title', 'crimes', ['Specialists']],
    ['several words in any order', 'group human regional', ['Regional']],
    ['a city typed without its accent or case', 'ABIDJAN', ['Équipe']],
    ['a title typed without accents', 'equipe reunion', ['Équipe']],
    ['the country in English', 'Ivory Coast', ['Équipe']],
    ['the country in French', 'côte d’ivoire', ['Équipe']],
    ['the country with a straight apostrophe', "cote d'ivoire", ['Équipe']],
    ['the French name of a country', 'Sénégal', ['West']],
    ['the English name without its accent', 'senegal', ['West']],
    ['the venue', 'king fahd', ['West']],
    ['the start of a word', 'traffick', ['Regional', 'West']],
    // One or two letters match the start of a word only: Secretariat, Senegal, Seminar (not "Chase").
    ['a short word', 'se', ['Specialists', 'West', 'Nordic']],
    ['a short word that starts no word', 'xq', []],
    ['a word found nowhere', 'kinshasa', []],
  ])('finds %s ("%s")', async (_name, query, expected) => {
    const backend = testBackend();
    await seedMeetings(backend);
    expect(await titles(backend, { query })).toEqual(expected);
  });

  it('takes queries with quotes, wildcards, operators and control characters as text', async () => {
    const backend = testBackend();
    await seedMeetings(backend);
    const all = await titles(backend, {});
    // Nothing searchable in them: every meeting, as for an empty box.
    for (const query of ['"', "'", '%', '_', '*', '[]', '\u0000', '\\', ' \t '])
      expect(await titles(backend, { query }), JSON.stringify(query)).toEqual(all);
    expect(await titles(backend, { query: 'NEAR(lyon' })).toEqual([]);
    expect(await titles(backend, { query: "lyon')) OR 1=1 --" })).toEqual([]);
    expect(await titles(backend, { query: 'lyon %' })).toEqual(['Specialists']);
    expect(await titles(backend, { query: 'ly_n' })).toEqual([]);
  });

  it('refuses a query longer than 200 characters', async () => {
    const backend = testBackend();
    const reply = await backend.dispatch('meetings.list', { query: 'x'.repeat(201) });
    expect(reply.ok).toBe(false);
  });

  it('sorts by first day, latest first unless asked otherwise', async () => {
    const backend = testBackend();
    await seedMeetings(backend);
    const latestFirst = ['Équipe', 'Specialists', 'Regional', 'West', 'Nordic'];
    expect(await titles(backend, {})).toEqual(latestFirst);
    expect(await titles(backend, { sort: 'startDate', direction: 'asc' })).toEqual(
      [...latestFirst].reverse(),
    );
  });

  it('sorts by title A to Z with accents ignored, so "Équipe" sits among the E’s', async () => {
    const backend = testBackend();
    await seedMeetings(backend);
    await backend.call('meetings.create', meetingInput({ title: 'Expert Group on Firearms' }));
    await backend.call('meetings.create', meetingInput({ title: 'eastern Partnership Meeting' }));
    expect(await titles(backend, { sort: 'title' })).toEqual([
      'eastern',
      'Équipe',
      'Expert',
      'Nordic',
      'Regional',
      'Specialists',
      'West',
    ]);
    expect((await titles(backend, { sort: 'title', direction: 'desc' }))[0]).toBe('West');
  });

  it('sorts by the number expected, then by everyone on the list', async () => {
    const backend = testBackend();
    const ids = await seedMeetings(backend);
    const add = async (meetingId: number, n: number, status: 'confirmed' | 'invited') => {
      for (let i = 0; i < n; i++)
        await register(
          backend,
          meetingId,
          { familyNames: `P${meetingId}-${status}-${i}` },
          { status },
        );
    };
    await add(ids.cotonou, 3, 'confirmed');
    await add(ids.lyon, 2, 'confirmed');
    await add(ids.lyon, 4, 'invited');
    await add(ids.stockholm, 2, 'confirmed');
    await add(ids.abidjan, 5, 'invited');
    expect(await titles(backend, { sort: 'participants' })).toEqual([
      'Regional',
      'Specialists',
      'Nordic',
      'Équipe',
      'West',
    ]);
    expect(await titles(backend, { sort: 'participants', direction: 'asc' })).toEqual([
      'West',
      'Équipe',
      'Nordic',
      'Specialists',
      'Regional',
    ]);
  });

  it('follows an edit: the new city is found, the old one no longer', async () => {
    const backend = testBackend();
    const ids = await seedMeetings(backend);
    await backend.call('meetings.update', {
      id: ids.stockholm,
      meeting: meetingInput({
        title: 'Nordic Cybercrime Seminar',
        city: 'Göteborg',
        countryCode: 'SE',
      }),
    });
    expect(await titles(backend, { query: 'goteborg' })).toEqual(['Nordic']);
    expect(await titles(backend, { query: 'stockholm' })).toEqual([]);
  });
});
