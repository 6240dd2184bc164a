import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api';
import { testBackend } from './helpers';
import { addMeeting, failure } from './people-fixtures';

/**
 * A directory of ten people: French, Malian, German, Turkish and Norwegian police, someone with no
 * organisation, someone with no country; registered to zero, one or two meetings.
 */
async function directory() {
  const backend = testBackend();
  const org = async (name: string, countryCode: string | null) =>
    (await backend.call('organisations.create', { name, type: 'law_enforcement', countryCode })).id;
  const justice = await org('Ministère de la Justice', 'FR');
  const mali = await org('Police Nationale du Mali', 'ML');
  const bka = await org('Bundeskriminalamt', 'DE');
  const egm = await org('Emniyet Genel Müdürlüğü', 'TR');
  const ids = new Map<string, number>();
  const add = async (
    givenNames: string,
    familyNames: string,
    countryCode: string | null,
    organisationId: number | null,
  ) =>
    ids.set(
      familyNames,
      (
        await backend.call('people.create', {
          givenNames,
          familyNames,
          countryCode,
          organisationId,
        })
      ).id,
    );
  await add('Jean-Pierre', 'Dubois', 'FR', justice);
  await add('Claire', 'Martin', 'FR', justice);
  await add('Moussa', 'N’Diaye', 'ML', mali);
  await add('Oumar', 'Traoré', 'ML', mali);
  await add('Jürgen', 'Groß', 'DE', bka);
  await add('Mehmet', 'Çelik', 'TR', egm);
  await add('Søren', 'Ødegaard', 'NO', null);
  await add('Ana', 'Zapata', 'FR', null);
  await add('Wei', 'Li', null, bka);
  await add('Émilie', 'Roy', null, null);
  const lyon = await addMeeting(backend, { title: 'Lyon' });
  const cotonou = await addMeeting(backend, { title: 'Cotonou' });
  for (const [meetingId, name] of [
    [lyon, 'Dubois'],
    [cotonou, 'Dubois'],
    [lyon, 'Traoré'],
    [lyon, 'Çelik'],
    [cotonou, 'Çelik'],
    [lyon, 'Li'],
  ] as const)
    await backend.call('registrations.create', {
      meetingId,
      personId: ids.get(name)!,
      registration: {},
    });
  const browse = (input: Input<'people.browse'> = {}) => backend.call('people.browse', input);
  const names = async (input: Input<'people.browse'> = {}) =>
    (await browse(input)).rows.map((r) => r.familyNames);
  return { backend, browse, names, org: { justice, mali, bka, egm } };
}

describe('people.browse: filters', () => {
  it('filters by any of several countries, "no country" included, and combines with the search', async () => {
    const { names } = await directory();
    expect(await names({ countryCodes: ['ML'] })).toEqual(['N’Diaye', 'Traoré']);
    expect(await names({ countryCodes: ['ML', 'TR'] })).toEqual(['Çelik', 'N’Diaye', 'Traoré']);
    expect(await names({ countryCodes: [null] })).toEqual(['Li', 'Roy']);
    expect(await names({ countryCodes: ['FR', null] })).toEqual([
      'Dubois',
      'Li',
      'Martin',
      'Roy',
      'Zapata',
    ]);
    expect(await names({ countryCodes: ['FR'], query: 'justice' })).toEqual(['Dubois', 'Martin']);
    expect(await names({ countryCodes: ['FR'], query: 'jean' })).toEqual(['Dubois']);
    expect(await names({ countryCodes: ['DE'], query: 'jean' })).toEqual([]);
  });

  it('filters by organisation, "no organisation" included, and combines with country and search', async () => {
    const { names, org } = await directory();
    expect(await names({ organisationIds: [org.bka] })).toEqual(['Groß', 'Li']);
    expect(await names({ organisationIds: [null] })).toEqual(['Ødegaard', 'Roy', 'Zapata']);
    expect(await names({ organisationIds: [org.bka], countryCodes: [null] })).toEqual(['Li']);
    expect(await names({ organisationIds: [org.justice, null], countryCodes: ['FR'] })).toEqual([
      'Dubois',
      'Martin',
      'Zapata',
    ]);
    expect(await names({ organisationIds: [org.mali], query: 'oumar' })).toEqual(['Traoré']);
  });

  it('counts people per country and per organisation under the search and the other filter', async () => {
    const { browse, org } = await directory();
    const all = await browse();
    expect(all.total).toBe(10);
    expect(all.rows).toHaveLength(10);
    const byCountry = (r: Awaited<ReturnType<typeof browse>>) =>
      Object.fromEntries(r.countries.map((c) => [c.code ?? '(none)', c.count]));
    const byOrganisation = (r: Awaited<ReturnType<typeof browse>>) =>
      Object.fromEntries(r.organisations.map((o) => [o.name || '(none)', o.count]));
    expect(byCountry(all)).toEqual({ FR: 3, ML: 2, DE: 1, TR: 1, NO: 1, '(none)': 2 });
    expect(byOrganisation(all)).toEqual({
      'Ministère de la Justice': 2,
      'Police Nationale du Mali': 2,
      Bundeskriminalamt: 2,
      'Emniyet Genel Müdürlüğü': 1,
      '(none)': 3,
    });

    // A country filter narrows the organisations' counts, not the countries' own.
    const french = await browse({ countryCodes: ['FR'] });
    expect(french.rows).toHaveLength(3);
    expect(french.total).toBe(10);
    expect(byCountry(french)).toEqual(byCountry(all));
    expect(byOrganisation(french)).toEqual({ 'Ministère de la Justice': 2, '(none)': 1 });

    // An organisation filter narrows the countries' counts; the search narrows both.
    const bka = await browse({ organisationIds: [org.bka] });
    expect(byCountry(bka)).toEqual({ DE: 1, '(none)': 1 });
    const searched = await browse({ query: 'police' });
    expect(byCountry(searched)).toEqual({ ML: 2 });
    expect(byOrganisation(searched)).toEqual({ 'Police Nationale du Mali': 2 });
    expect(searched.total).toBe(10);
  });

  it('refuses an unknown country, organisation id or order', async () => {
    const { backend } = await directory();
    expect((await failure(backend, 'people.browse', { countryCodes: ['XX'] })).code).toBe(
      'validation',
    );
    expect((await failure(backend, 'people.browse', { organisationIds: [-1] })).code).toBe(
      'validation',
    );
    expect((await failure(backend, 'people.browse', { sort: 'email' })).code).toBe('validation');
  });
});

describe('people.browse: order', () => {
  it('sorts by family name without regard to accents or case, either way', async () => {
    const { names } = await directory();
    const ascending = [
      'Çelik',
      'Dubois',
      'Groß',
      'Li',
      'Martin',
      'N’Diaye',
      'Ødegaard',
      'Roy',
      'Traoré',
      'Zapata',
    ];
    expect(await names()).toEqual(ascending);
    expect(await names({ sort: 'name', descending: true })).toEqual([...ascending].reverse());
  });

  it('sorts by organisation, then name, people without one last either way', async () => {
    const { names } = await directory();
    expect(await names({ sort: 'organisation' })).toEqual([
      'Groß',
      'Li',
      'Çelik',
      'Dubois',
      'Martin',
      'N’Diaye',
      'Traoré',
      'Ødegaard',
      'Roy',
      'Zapata',
    ]);
    expect(await names({ sort: 'organisation', descending: true })).toEqual([
      'N’Diaye',
      'Traoré',
      'Dubois',
      'Martin',
      'Çelik',
      'Groß',
      'Li',
      'Ødegaard',
      'Roy',
      'Zapata',
    ]);
  });

  it('sorts by country name in the language asked', async () => {
    const { names } = await directory();
    // Germany, France, Mali, Norway, Turkey / Allemagne, France, Mali, Norvège, Turquie.
    expect(
      await names({ sort: 'country', language: 'en', countryCodes: ['DE', 'FR', 'NO'] }),
    ).toEqual(['Dubois', 'Martin', 'Zapata', 'Groß', 'Ødegaard']);
    expect(
      await names({ sort: 'country', language: 'fr', countryCodes: ['DE', 'FR', 'NO'] }),
    ).toEqual(['Groß', 'Dubois', 'Martin', 'Zapata', 'Ødegaard']);
    expect((await names({ sort: 'country', language: 'fr' })).slice(-2)).toEqual(['Li', 'Roy']);
  });

  it('sorts by number of meetings, most first when descending', async () => {
    const { browse } = await directory();
    const rows = (await browse({ sort: 'meetings', descending: true })).rows;
    expect(rows.slice(0, 4).map((r) => [r.familyNames, r.meetingCount])).toEqual([
      ['Çelik', 2],
      ['Dubois', 2],
      ['Li', 1],
      ['Traoré', 1],
    ]);
    expect(rows.slice(4).every((r) => r.meetingCount === 0)).toBe(true);
  });
});
