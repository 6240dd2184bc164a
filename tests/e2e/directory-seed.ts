import type { HostHandle } from './fixtures';
import { seed, seedMeeting } from './people-seed';

/**
 * Seven people in three organisations (and one without), registered to two meetings with various
 * statuses; one organisation has nobody. Names with marks and apostrophes, one person without a
 * country.
 */
export async function seedDirectory(host: HostHandle) {
  const org = (name: string, countryCode: string | null) =>
    seed(host, 'organisations.create', { name, type: 'law_enforcement', countryCode });
  const justice = await org('Ministère de la Justice', 'FR');
  const mali = await org('Police Nationale du Mali', 'ML');
  const bka = await org('Bundeskriminalamt', 'DE');
  const empty = await seed(host, 'organisations.create', {
    name: 'Tech Safety Alliance',
    type: 'ngo',
    countryCode: 'US',
  });
  const person = (
    givenNames: string,
    familyNames: string,
    countryCode: string | null,
    organisationId: number | null,
    position = '',
  ) =>
    seed(host, 'people.create', {
      givenNames,
      familyNames,
      countryCode,
      organisationId,
      position,
      email: `${givenNames}.${familyNames}@example.org`
        .normalize('NFKD')
        .replace(/[^A-Za-z.@-]/g, '')
        .toLowerCase(),
    });
  const dubois = await person('Jean-Pierre', 'Dubois', 'FR', justice.id, 'Magistrat');
  const martin = await person('Claire', 'Martin', 'FR', justice.id);
  const ndiaye = await person('Moussa', 'N’Diaye', 'ML', mali.id);
  await person('Oumar', 'Traoré', 'ML', mali.id);
  const gross = await person('Jürgen', 'Groß', 'DE', bka.id);
  await person('Ana', 'Zapata', 'FR', null);
  await person('Wei', 'Li', null, bka.id);
  const lyon = await seed(host, 'meetings.create', {
    title: 'Specialists Group on Crimes against Children',
    kind: 'specialists_group',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    timeZone: 'Europe/Paris',
    city: 'Lyon',
    countryCode: 'FR',
  });
  const cotonou = await seedMeeting(host, 'Regional Working Group — Cotonou', '2026-09-22');
  for (const [meetingId, personId, status] of [
    [lyon.id, dubois.id, 'confirmed'],
    [cotonou.id, dubois.id, 'registered'],
    [lyon.id, martin.id, 'declined'],
    [cotonou.id, ndiaye.id, 'confirmed'],
    [lyon.id, gross.id, 'registered'],
  ] as const)
    await seed(host, 'registrations.create', { meetingId, personId, registration: { status } });
  return { justice, mali, bka, empty, lyon, cotonou, dubois };
}
