import { test, expect } from './fixtures';
import { seedDirectory } from './directory-seed';
import { OrganisationsPage } from './pages/organisations-page';

test('an organisation’s page lists its people and their meetings, and leads back', async ({
  app,
  host,
}) => {
  const { lyon, cotonou } = await seedDirectory(host);
  await app.reload();
  const organisations = new OrganisationsPage(app);
  await organisations.open();
  await organisations.row('Ministère de la Justice').getByRole('link').click();

  await expect(
    app.getByRole('heading', { name: 'Ministère de la Justice', level: 2 }),
  ).toBeVisible();
  await expect(app.getByText('Law enforcement / government · France')).toBeVisible();
  const people = organisations.peopleOnPage;
  await expect(people.getByRole('row')).toHaveCount(3);
  await expect(people.getByRole('row').nth(1)).toContainText('Dubois, Jean-Pierre');
  await expect(people.getByRole('row').nth(1)).toContainText('Magistrat');
  await expect(people.getByRole('row').nth(1).getByRole('cell').last()).toHaveText('2');
  await expect(people.getByRole('row').nth(2)).toContainText('Martin, Claire');

  // Newest first: Lyon (two on the list, one coming: the other declined), then Cotonou.
  const meetings = organisations.meetingsOnPage;
  await expect(meetings.getByRole('row')).toHaveCount(3);
  await expect(meetings.getByRole('row').nth(1)).toHaveText(
    /Specialists Group on Crimes against Children\s*14–17 November 2026\s*Lyon, France\s*2\s*1/,
  );
  await expect(meetings.getByRole('row').nth(2)).toHaveText(
    /Regional Working Group — Cotonou\s*22 September 2026\s*—\s*1\s*1/,
  );
  await expect(
    meetings.getByRole('link', { name: 'Specialists Group on Crimes against Children' }),
  ).toHaveAttribute('href', `#/meetings/${lyon.id}/participants`);
  await expect(
    meetings.getByRole('link', { name: 'Regional Working Group — Cotonou' }),
  ).toHaveAttribute('href', `#/meetings/${cotonou.id}/participants`);

  // To a person, back to the organisation from their page, then to the list.
  await people.getByRole('link', { name: 'Dubois, Jean-Pierre' }).click();
  await expect(app.getByRole('heading', { name: 'Jean-Pierre Dubois' })).toBeVisible();
  await app.getByRole('link', { name: 'Ministère de la Justice' }).first().click();
  await expect(
    app.getByRole('heading', { name: 'Ministère de la Justice', level: 2 }),
  ).toBeVisible();
  await app.getByRole('link', { name: 'All organisations' }).click();
  await expect(organisations.table).toBeVisible();

  // From the keyboard: Enter on a row opens its page.
  await organisations.row('Bundeskriminalamt').focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Bundeskriminalamt', level: 2 })).toBeVisible();
  await expect(organisations.peopleOnPage).toContainText('Li, Wei');

  // Edited from its page, it shows the change at once.
  await app.getByRole('button', { name: 'Edit organisation' }).click();
  const dialog = app.getByRole('dialog', { name: 'Edit organisation' });
  await dialog.getByRole('textbox', { name: 'Acronym' }).fill('BKA');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText('BKA · Law enforcement / government · Germany')).toBeVisible();
});

test('an organisation nobody belongs to says so; a missing one says it does not exist', async ({
  app,
  host,
}) => {
  const { empty } = await seedDirectory(host);
  await app.goto(`${host.origin}/#/organisations/${empty.id}`);
  await expect(app.getByRole('heading', { name: 'Tech Safety Alliance', level: 2 })).toBeVisible();
  await expect(app.getByRole('heading', { name: '0 people' })).toBeVisible();
  await expect(app.getByText('No one belongs to this organisation yet')).toBeVisible();
  await expect(app.getByText('None of its people is registered to a meeting')).toBeVisible();
  await app.goto(`${host.origin}/#/organisations/9999`);
  await expect(app.getByRole('alert')).toContainText('This organisation does not exist');
  await expect(app.getByRole('link', { name: 'All organisations' })).toBeVisible();
});

test('the organisation page in French', async ({ app, host }) => {
  await host.backend.dispatch('settings.setLanguage', { language: 'fr' });
  const { justice, empty } = await seedDirectory(host);
  await app.goto(`${host.origin}/#/organisations/${justice.id}`);
  await app.reload();
  await expect(app.getByText('Services répressifs / administration · France')).toBeVisible();
  await expect(app.getByRole('heading', { name: '2 personnes' })).toBeVisible();
  const meetings = app.getByRole('table', { name: '2 réunions' });
  await expect(meetings.getByRole('columnheader')).toHaveText([
    'Réunion',
    'Dates',
    'Lieu',
    'Personnes',
    'Attendues',
  ]);
  await expect(meetings.getByRole('row').nth(1)).toContainText('14–17 novembre 2026');
  await expect(app.getByText(/« attendues » : inscrites ou confirmées/)).toBeVisible();
  await app.getByRole('link', { name: 'Toutes les organisations' }).click();
  await expect(app.getByRole('heading', { name: 'Organisations', level: 2 })).toBeVisible();

  await app.goto(`${host.origin}/#/organisations/${empty.id}`);
  await expect(app.getByRole('heading', { name: '0 personne' })).toBeVisible();
  await expect(app.getByText('Personne n’appartient encore à cette organisation')).toBeVisible();
});
