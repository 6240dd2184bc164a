import type { Locator } from '@playwright/test';
import { test, expect, type HostHandle } from './fixtures';
import {
  ParticipantsPage,
  seedParticipants,
  type SeedParticipant,
} from './pages/participants-page';
import { PeopleDirectoryPage } from './pages/people-directory-page';

// A participants list as registrars receive it: ministries and police forces written out in full,
// a curly apostrophe in a country and in names, hyphenated names, letters with marks.
const ORGANISATIONS = {
  justice: { name: 'Ministère de la Justice', type: 'law_enforcement', countryCode: 'FR' },
  mali: { name: 'Police Nationale du Mali', type: 'law_enforcement', countryCode: 'ML' },
  civ: { name: 'Direction Générale de la Police Nationale', type: 'law_enforcement' },
  nca: { name: 'National Crime Agency', acronym: 'NCA', type: 'law_enforcement' },
  tech: { name: 'Tech Safety Alliance', type: 'ngo', countryCode: 'US' },
  garda: { name: 'An Garda Síochána', type: 'law_enforcement', countryCode: 'IE' },
  psd: { name: 'Public Security Directorate', acronym: 'PSD', type: 'law_enforcement' },
} as const;

const person = (
  givenNames: string,
  familyNames: string,
  countryCode: string,
  organisation: keyof typeof ORGANISATIONS,
): SeedParticipant => ({
  person: { givenNames, familyNames, countryCode },
  organisation,
  registration: { status: 'registered' },
});

const PEOPLE = [
  person('Jean-Pierre', 'Dubois', 'FR', 'justice'),
  person('Moussa', 'N’Diaye', 'ML', 'mali'),
  person('Oumar', 'Traoré', 'ML', 'mali'),
  person('Aïcha', 'Koné', 'CI', 'civ'),
  person('Emily', 'Clarke', 'GB', 'nca'),
  person('Priya', 'Sharma', 'US', 'tech'),
  person('Seán', 'O’Brien', 'IE', 'garda'),
  person('Mohammed', 'Al-Hassan', 'JO', 'psd'),
  person('Søren', 'Ødegaard', 'NO', 'nca'),
];

async function seedMeeting(host: HostHandle): Promise<number> {
  const meeting = await host.backend.dispatch('meetings.create', {
    title: 'Specialists Group — Annual Meeting',
    kind: 'specialists_group',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    timeZone: 'Europe/Paris',
  });
  if (!meeting.ok) throw new Error(JSON.stringify(meeting.error));
  const id = (meeting.value as { id: number }).id;
  await seedParticipants(host, id, ORGANISATIONS, PEOPLE);
  return id;
}

/**
 * Types `query` into `box` one key at a time, as a registrar does, checking after each key that
 * the people it ends up finding are still listed: no prefix of a match ever empties the list.
 */
async function typeAndKeep(box: Locator, query: string, stillListed: Locator) {
  await box.fill('');
  for (const key of query) {
    await box.pressSequentially(key);
    await expect(stillListed, `after typing ${JSON.stringify(key)}`).toBeVisible();
  }
  await expect(box).toHaveValue(query);
}

test('the participants search finds what registrars type, key by key', async ({ app, host }) => {
  const view = new ParticipantsPage(app);
  await view.open(host, await seedMeeting(host));
  await expect(view.rows).toHaveCount(9);

  await typeAndKeep(view.search, 'police nationale du mali', view.row('N’Diaye, Moussa'));
  await expect(view.names()).toHaveText(['N’Diaye, Moussa', 'Traoré, Oumar']);
  await expect(view.showing).toHaveText('Showing 2 of 9');

  await typeAndKeep(view.search, 'ministère de la justice', view.row('Dubois, Jean-Pierre'));
  await expect(view.names()).toHaveText(['Dubois, Jean-Pierre']);

  await typeAndKeep(view.search, 'united ki', view.row('Clarke, Emily'));
  await expect(view.names()).toHaveText(['Clarke, Emily']);

  // Typed with a straight apostrophe; the data holds curly ones.
  await typeAndKeep(view.search, "cote d'i", view.row('Koné, Aïcha'));
  await expect(view.names()).toHaveText(['Koné, Aïcha']);

  for (const [query, name] of [
    ['tech sa', 'Sharma, Priya'],
    ["o'brien", 'O’Brien, Seán'],
    ['obrien', 'O’Brien, Seán'],
    ['al hassan', 'Al-Hassan, Mohammed'],
    ['jean pierre', 'Dubois, Jean-Pierre'],
    ['soren odegaard', 'Ødegaard, Søren'],
  ] as const) {
    await view.search.fill(query);
    await expect(view.names(), query).toHaveText([name]);
  }

  // Search syntax and stray characters are text: no error, just who matches.
  for (const query of ['NEAR(', '"mali', 'mali*', '(police)', 'police OR']) {
    await view.search.fill(query);
    await expect(view.page.getByRole('alert')).toHaveCount(0);
  }
  await view.search.fill('"mali');
  await expect(view.names()).toHaveText(['N’Diaye, Moussa', 'Traoré, Oumar']);
  await view.search.fill('police OR');
  await expect(view.page.getByRole('heading', { name: 'No participants match' })).toBeVisible();
});

test('the people directory search finds what registrars type, in French', async ({ app, host }) => {
  await host.backend.dispatch('settings.setLanguage', { language: 'fr' });
  await seedMeeting(host);
  const people = new PeopleDirectoryPage(app);
  await app.reload();
  await people.open();
  await expect(app.getByText('9 personnes, toutes réunions confondues')).toBeVisible();

  await typeAndKeep(people.search, 'ministère de la justice', people.row('Dubois, Jean-Pierre'));
  await expect(people.rows).toHaveCount(1);
  await expect(app.getByText('1 personne sur 9')).toBeVisible();

  await typeAndKeep(people.search, 'côte d’ivoire', people.row('Koné, Aïcha'));
  await expect(people.rows).toHaveCount(1);
  // Typed with a space and a curly apostrophe; the country list may hold a dash and a straight one.
  await expect(people.row('Koné, Aïcha')).toContainText(/Côte.d.Ivoire/);

  await typeAndKeep(people.search, 'royaume-u', people.row('Clarke, Emily'));
  await expect(people.rows).toHaveCount(1);

  for (const [query, count] of [
    ['police nationale du mali', 2],
    ['tech sa', 1],
    ['n’diaye', 1],
    ['ndiaye', 1],
    ['al-h', 1],
    ['national crime', 2],
  ] as const) {
    await people.search.fill(query);
    await expect(people.rows, query).toHaveCount(count);
  }

  await people.search.fill('NEAR(police');
  await expect(app.getByText('Personne ne correspond à « NEAR(police »')).toBeVisible();
  await expect(app.getByRole('alert')).toHaveCount(0);
});
