import { test, expect } from './fixtures';
import { seed } from './people-seed';
import { OrganisationsPage } from './pages/organisations-page';
import { PeopleDirectoryPage } from './pages/people-directory-page';

test('merging a duplicate organisation moves its people to the one kept', async ({ app, host }) => {
  const kept = await seed(host, 'organisations.create', {
    name: 'Bundeskriminalamt',
    acronym: 'BKA',
    type: 'law_enforcement',
    countryCode: 'DE',
  });
  const duplicate = await seed(host, 'organisations.create', {
    name: 'Bundeskriminalamt Wiesbaden',
    acronym: 'BKA',
    type: 'other',
    countryCode: 'DE',
  });
  await seed(host, 'organisations.create', { name: 'Europol', type: 'regional' });
  for (const [given, family, orgId] of [
    ['Jürgen', 'Müller', kept.id],
    ['Anna', 'Schmidt', duplicate.id],
    ['Lukas', 'Weber', duplicate.id],
  ] as const)
    await seed(host, 'people.create', {
      givenNames: given,
      familyNames: family,
      organisationId: orgId,
    });

  const organisations = new OrganisationsPage(app);
  await organisations.open();
  await expect(app.getByText('3 organisations')).toBeVisible();
  await organisations.search.fill('bka');
  await expect(organisations.rows).toHaveCount(2);
  await expect(organisations.row('Bundeskriminalamt Wiesbaden')).toContainText('2');

  await organisations.action('Bundeskriminalamt Wiesbaden', /Merge into/);
  const dialog = app.getByRole('dialog', {
    name: 'Merge “Bundeskriminalamt Wiesbaden” into another organisation',
  });
  await expect(dialog.getByRole('button', { name: 'Merge' })).toBeDisabled();
  await organisations.pick(dialog, 'Organisation to keep', 'Bundeskriminalamt (BKA)');
  await expect(dialog).toContainText(
    'All 2 people of “Bundeskriminalamt Wiesbaden” will be moved to “Bundeskriminalamt”, and “Bundeskriminalamt Wiesbaden” will be deleted.',
  );
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    app.getByText(
      '“Bundeskriminalamt Wiesbaden” was merged into “Bundeskriminalamt”: 2 people moved (3 in all).',
    ),
  ).toBeVisible();
  await expect(organisations.rows).toHaveCount(1);
  await expect(organisations.row('Bundeskriminalamt')).toContainText('3');

  const people = new PeopleDirectoryPage(app);
  await people.open();
  for (const name of ['Müller, Jürgen', 'Schmidt, Anna', 'Weber, Lukas'])
    await expect(people.row(name)).toContainText('Bundeskriminalamt');
  await expect(people.table).not.toContainText('Wiesbaden');
});

test('an organiser creates and edits an organisation, with errors by the field', async ({
  app,
}) => {
  const organisations = new OrganisationsPage(app);
  await organisations.open();
  await expect(app.getByRole('heading', { name: 'No organisations yet' })).toBeVisible();

  await app.getByRole('button', { name: 'New organisation' }).click();
  const dialog = app.getByRole('dialog', { name: 'New organisation' });
  await dialog.getByRole('button', { name: 'Create organisation' }).click();
  await expect(dialog.getByRole('textbox', { name: /^Name/ })).toHaveAccessibleDescription(
    'This field is required.',
  );
  await dialog
    .getByRole('textbox', { name: /^Name/ })
    .fill('Office central pour la répression de la traite des êtres humains');
  await dialog.getByRole('textbox', { name: 'Acronym' }).fill('OCRTEH');
  await organisations.pick(dialog, /^Type/, 'Law enforcement / government');
  await organisations.pick(dialog, 'Country', 'France');
  await dialog.getByRole('button', { name: 'Create organisation' }).click();
  await expect(dialog).toBeHidden();
  const row = organisations.row('OCRTEH');
  await expect(row).toContainText('France');
  await expect(row).toContainText('Law enforcement / government');
  await expect(row).toContainText('0');

  await organisations.action(
    'Office central pour la répression de la traite des êtres humains',
    /Edit/,
  );
  const edit = app.getByRole('dialog', { name: 'Edit organisation' });
  await edit.getByRole('textbox', { name: 'Acronym' }).fill('OCRTEH-FR');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(organisations.row('OCRTEH-FR')).toBeVisible();

  await organisations.search.fill('nothing like this');
  await expect(app.getByRole('heading', { name: 'No organisation matches' })).toBeVisible();
  await app.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(organisations.rows).toHaveCount(1);
});
