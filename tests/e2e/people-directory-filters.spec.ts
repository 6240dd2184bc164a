import { test, expect } from './fixtures';
import { seedDirectory } from './directory-seed';
import { PeopleDirectoryPage } from './pages/people-directory-page';

test('the directory filters by country and organisation, with the search, counts following', async ({
  app,
  host,
}) => {
  await seedDirectory(host);
  await app.reload();
  const people = new PeopleDirectoryPage(app);
  await people.open();
  await expect(app.getByText('7 people across all meetings')).toBeVisible();
  expect(await people.options(/^Country filter/)).toEqual([
    'France 3',
    'Germany 1',
    'Mali 2',
    '(no country) 1',
  ]);

  await people.filter(/^Country filter/, 'France');
  await expect(people.names()).toHaveText(['Dubois, Jean-Pierre', 'Martin, Claire', 'Zapata, Ana']);
  await expect(app.getByText('3 of 7 people')).toBeVisible();
  // The organisations offered, and their counts, follow the country chosen.
  expect(await people.options(/^Organisation filter/)).toEqual([
    'Ministère de la Justice 2',
    '(no organisation) 1',
  ]);

  await people.filter(/^Organisation filter/, 'Ministère de la Justice');
  await expect(people.names()).toHaveText(['Dubois, Jean-Pierre', 'Martin, Claire']);
  await people.search.fill('claire');
  await expect(people.names()).toHaveText(['Martin, Claire']);
  await expect(app.getByText('1 of 7 people')).toBeVisible();
  // Countries count under the search and the organisation, not under the country filter itself.
  expect(await people.options(/^Country filter: 1 chosen/)).toEqual(['France 1']);

  await app.getByRole('button', { name: 'Clear filters' }).click();
  await expect(people.names()).toHaveText(['Martin, Claire']);
  // Under the search for "claire", Mali counts nobody and is not offered.
  expect(await people.options(/^Country filter/)).toEqual(['France 1']);
  await people.search.fill('');
  await people.filter(/^Country filter/, 'Mali');
  await people.search.fill('dubois');
  await expect(app.getByRole('heading', { name: 'No one matches “dubois”' })).toBeVisible();
  await app.getByRole('button', { name: 'Show everyone' }).click();
  await expect(people.rows).toHaveCount(7);
  await expect(people.search).toHaveValue('');

  // The filters also find who has no country or no organisation.
  await people.filter(/^Country filter/, '(no country)');
  await expect(people.names()).toHaveText(['Li, Wei']);
});

test('the directory sorts by name, organisation, country and number of meetings', async ({
  app,
  host,
}) => {
  await seedDirectory(host);
  await app.reload();
  const people = new PeopleDirectoryPage(app);
  await people.open();
  const byName = [
    'Dubois, Jean-Pierre',
    'Groß, Jürgen',
    'Li, Wei',
    'Martin, Claire',
    'N’Diaye, Moussa',
    'Traoré, Oumar',
    'Zapata, Ana',
  ];
  await expect(people.names()).toHaveText(byName);
  await expect(people.header('Name')).toHaveAttribute('aria-sort', 'ascending');

  await people.header('Name').getByRole('button').click();
  await expect(people.header('Name')).toHaveAttribute('aria-sort', 'descending');
  await expect(people.names()).toHaveText([...byName].reverse());

  // Most meetings first; then by name.
  await people.header('Meetings').getByRole('button').click();
  await expect(people.header('Meetings')).toHaveAttribute('aria-sort', 'descending');
  await expect(people.header('Name')).not.toHaveAttribute('aria-sort');
  await expect(people.names().first()).toHaveText('Dubois, Jean-Pierre');
  await expect(people.row('Dubois, Jean-Pierre').getByRole('cell').last()).toHaveText('2');

  // From the keyboard: France, Germany, Mali; no country last.
  await people.header('Country').getByRole('button').focus();
  await app.keyboard.press('Enter');
  await expect(people.header('Country')).toHaveAttribute('aria-sort', 'ascending');
  await expect(people.names()).toHaveText([
    'Dubois, Jean-Pierre',
    'Martin, Claire',
    'Zapata, Ana',
    'Groß, Jürgen',
    'N’Diaye, Moussa',
    'Traoré, Oumar',
    'Li, Wei',
  ]);

  await people.header('Organisation').getByRole('button').click();
  await expect(people.names()).toHaveText([
    'Groß, Jürgen',
    'Li, Wei',
    'Dubois, Jean-Pierre',
    'Martin, Claire',
    'N’Diaye, Moussa',
    'Traoré, Oumar',
    'Zapata, Ana',
  ]);
  // The organisation leads to its page.
  await people.row('Groß, Jürgen').getByRole('link', { name: 'Bundeskriminalamt' }).click();
  await expect(app.getByRole('heading', { name: 'Bundeskriminalamt', level: 2 })).toBeVisible();
});

test('the directory’s filters and order in French', async ({ app, host }) => {
  await host.backend.dispatch('settings.setLanguage', { language: 'fr' });
  await seedDirectory(host);
  await app.reload();
  const people = new PeopleDirectoryPage(app);
  await people.open();
  await expect(app.getByText('7 personnes, toutes réunions confondues')).toBeVisible();
  await expect(people.table.getByRole('columnheader')).toHaveText([
    'Nom',
    'Organisation',
    'Pays',
    'E-mail',
    'Réunions',
  ]);

  // Allemagne sorts before France in French.
  await people.header('Pays').getByRole('button').click();
  await expect(people.names().first()).toHaveText('Groß, Jürgen');
  await expect(people.row('Groß, Jürgen')).toContainText('Allemagne');

  await people.filter(/^Filtre Organisation/, '(sans organisation)');
  await expect(people.names()).toHaveText(['Zapata, Ana']);
  await expect(app.getByText('1 personne sur 7')).toBeVisible();
  expect(await people.options(/^Filtre Pays/)).toEqual(['France 1']);
  await people.search.fill('zzz');
  await expect(
    app.getByRole('heading', { name: 'Personne ne correspond à « zzz »' }),
  ).toBeVisible();
  await app.getByRole('button', { name: 'Afficher tout le monde' }).click();
  await expect(people.rows).toHaveCount(7);
});
