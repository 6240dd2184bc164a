import fs from 'node:fs';
import { test, expect } from './fixtures';
import { ParticipantsPage, SORTED, seedMeeting } from './pages/participants-page';

test('search ignores accents, filters combine, counters follow, headers sort', async ({
  app,
  host,
}) => {
  const view = new ParticipantsPage(app);
  await view.open(host, await seedMeeting(host));
  await expect(view.headline).toHaveText('4 expected (registered or confirmed) from 3 countries');
  await expect(view.showing).toHaveText('Showing 8 of 8');
  await expect(view.names()).toHaveText(SORTED);
  await expect(view.grid).toHaveAttribute('aria-rowcount', '9');

  await view.search.fill('nunez');
  await expect(view.names()).toHaveText(['Núñez, Ana']);
  await expect(view.showing).toHaveText('Showing 1 of 8');
  await view.search.fill('');
  await expect(view.rows).toHaveCount(8);

  await view.filter(/^Country filter/, 'France');
  await expect(view.names()).toHaveText(['Dupont, Jean', 'Martin, Claire']);
  await view.filter(/^Status filter/, 'Registered');
  await expect(view.names()).toHaveText(['Dupont, Jean']);
  await expect(view.showing).toHaveText('Showing 1 of 8');
  // The headline counts the whole meeting, whatever the filters.
  await expect(view.headline).toHaveText('4 expected (registered or confirmed) from 3 countries');
  // Search and filters combine: Dupont is French and registered, but not a "garcia".
  await view.search.fill('garcia');
  await expect(view.page.getByRole('heading', { name: 'No participants match' })).toBeVisible();
  await view.page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(view.rows).toHaveCount(8);
  await expect(view.search).toHaveValue('');

  await view.filter(/^Region filter/, 'Africa');
  await expect(view.names()).toHaveText(['Diop, Aminata', 'Ndiaye, Moussa']);
  await view.page.getByRole('button', { name: 'Clear filters' }).click();
  await view.filter(
    /^Organisation type filter/,
    'International organisation',
    'NGO / civil society',
  );
  await expect(view.names()).toHaveText(['García, María', 'Roy, Émilie']);
  await view.page.getByRole('button', { name: 'Clear filters' }).click();

  const nameHeader = view.grid.getByRole('columnheader', { name: 'Name' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(view.names()).toHaveText([...SORTED].reverse());
  // Sorting works from the keyboard too: status follows its natural order, invited first.
  await view.grid.getByRole('columnheader', { name: 'Status' }).getByRole('button').focus();
  await app.keyboard.press('Enter');
  await expect(view.names().first()).toHaveText('Martin, Claire');
});

test('several rows are selected and their status changed at once, then undone', async ({
  app,
  host,
}) => {
  const view = new ParticipantsPage(app);
  await view.open(host, await seedMeeting(host));
  await view.checkbox('Diop, Aminata').click();
  await view.checkbox('Martin, Claire').click({ modifiers: ['Shift'] });
  await expect(view.bulkBar).toContainText('4 selected');
  for (const name of SORTED.slice(0, 4))
    await expect(view.row(name)).toHaveAttribute('aria-selected', 'true');
  await expect(view.row('Ndiaye')).toHaveAttribute('aria-selected', 'false');

  let dialog = await view.bulkChange(/Change status/, 'Cancelled');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(view.cell(view.row('Martin'), 'status')).toHaveText('Invited');

  dialog = await view.bulkChange(/Change status/, 'Confirmed');
  await expect(dialog).toContainText('The status of 4 participants will become “Confirmed”.');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  for (const name of SORTED.slice(0, 4))
    await expect(view.cell(view.row(name), 'status')).toHaveText('Confirmed');
  await expect(view.headline).toHaveText('5 expected (registered or confirmed) from 3 countries');

  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByText('Change undone.')).toBeVisible();
  await expect(view.cell(view.row('Martin'), 'status')).toHaveText('Invited');
  await expect(view.cell(view.row('Dupont'), 'status')).toHaveText('Registered');
  await expect(view.cell(view.row('Diop'), 'status')).toHaveText('Confirmed');
  await expect(view.headline).toHaveText('4 expected (registered or confirmed) from 3 countries');

  await view.bulkBar.getByRole('button', { name: 'Clear selection' }).click();
  await view.checkbox('Smith, John').click();
  dialog = await view.bulkChange(/Change role/, 'Speaker');
  await expect(dialog).toContainText('The role of 1 participant will become “Speaker”.');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(view.cell(view.row('Smith'), 'role')).toHaveText('Speaker');
});

test('the keyboard moves through rows, selects with Space, opens with Enter, closes with Escape', async ({
  app,
  host,
}) => {
  const view = new ParticipantsPage(app);
  await view.open(host, await seedMeeting(host));
  await view.grid.focus();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  const dupont = view.row('Dupont, Jean');
  await expect(dupont).toHaveAttribute('data-active', 'true');
  await expect(view.grid).toHaveAttribute(
    'aria-activedescendant',
    (await dupont.getAttribute('id'))!,
  );
  await app.keyboard.press('Space');
  await expect(dupont).toHaveAttribute('aria-selected', 'true');
  await expect(view.bulkBar).toContainText('1 selected');
  await app.keyboard.press('End');
  await expect(view.row('Smith, John')).toHaveAttribute('data-active', 'true');
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('Enter');
  const panel = view.panel('Roy, Émilie');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Given name(s)' })).toHaveValue('Émilie');
  await app.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(view.grid).toBeFocused();
});

test('a person is edited in the panel and the table shows the change', async ({ app, host }) => {
  const view = new ParticipantsPage(app);
  await view.open(host, await seedMeeting(host));
  await view.cell(view.row('Núñez, Ana'), 'name').click();
  const panel = view.panel('Núñez, Ana');
  await expect(panel.getByText('Status history')).toBeVisible();
  await panel.getByRole('textbox', { name: 'Family name(s)' }).fill('Núñez Pérez');
  await panel.getByRole('textbox', { name: 'Email' }).fill('ana.nunez@policia.es');
  await view.pick(panel, 'Status', 'Waitlisted');
  await panel.getByRole('checkbox', { name: 'Sunday 15 November' }).check();
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel).toBeHidden();
  const row = view.row('Núñez Pérez, Ana');
  await expect(view.cell(row, 'email')).toHaveText('ana.nunez@policia.es');
  await expect(view.cell(row, 'status')).toHaveText('Waitlisted');
  await expect(view.headline).toHaveText('3 expected (registered or confirmed) from 3 countries');

  await view.cell(row, 'name').click();
  const again = view.panel('Núñez Pérez, Ana');
  await expect(again.getByRole('checkbox', { name: 'Sunday 15 November' })).toBeChecked();
  const history = again.getByRole('list', { name: 'Status history' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText('Waitlisted');
  await expect(history.last()).toContainText('Confirmed');
});

test('a bad email is refused next to its field and nothing is saved', async ({ app, host }) => {
  const view = new ParticipantsPage(app);
  await view.open(host, await seedMeeting(host));
  await view.cell(view.row('Dupont, Jean'), 'name').click();
  const panel = view.panel('Dupont, Jean');
  const email = panel.getByRole('textbox', { name: 'Email' });
  await email.fill('jean.dupont@');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(
    /Enter an email address such as name@example.org/,
  );
  await expect(panel.getByRole('alert')).toHaveText('Some fields need attention.');
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(view.cell(view.row('Dupont'), 'email')).toHaveText('jean.dupont@example.org');
});

test('a new person is added with the same form; an empty name is refused', async ({
  app,
  host,
}) => {
  const view = new ParticipantsPage(app);
  await view.open(host, await seedMeeting(host));
  const picker = await view.addParticipant();
  await picker.getByRole('button', { name: 'New person' }).click();
  const panel = view.panel('New participant');
  await panel.getByRole('button', { name: 'Create and register' }).click();
  await expect(
    panel.getByText('Enter a given name or a family name (one is enough).'),
  ).toBeVisible();
  await panel.getByRole('textbox', { name: 'Given name(s)' }).fill('Kofi');
  await panel.getByRole('textbox', { name: 'Family name(s)' }).fill('Mensah');
  await view.pick(panel, 'Country represented', 'Ghana');
  await view.pick(panel, 'Status', 'Confirmed');
  await panel.getByRole('button', { name: 'Create and register' }).click();
  await expect(panel).toBeHidden();
  await expect(view.cell(view.row('Mensah, Kofi'), 'country')).toHaveText('Ghana');
  await expect(view.showing).toHaveText('Showing 9 of 9');
  await expect(view.headline).toHaveText('5 expected (registered or confirmed) from 4 countries');
});

test('Export CSV downloads exactly the rows shown, in their order', async ({ app, host }) => {
  const view = new ParticipantsPage(app);
  await view.open(host, await seedMeeting(host));
  await view.filter(/^Country filter/, 'Spain');
  await expect(view.names()).toHaveText(['García, María', 'Núñez, Ana']);
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.trim().split(/\r?\n/);
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain('García');
  expect(lines[2]).toContain('Núñez');
  expect(text).not.toContain('Dupont');
  await expect(app.getByText('2 participants exported')).toBeVisible();
});

test('empty states: none yet points to the import; none matching offers to clear', async ({
  app,
  host,
}) => {
  const view = new ParticipantsPage(app);
  const empty = await seedMeeting(host, false);
  await view.open(host, empty);
  await expect(app.getByRole('heading', { name: 'No participants yet' })).toBeVisible();
  await app.getByRole('link', { name: 'Import from a spreadsheet' }).click();
  await expect(app).toHaveURL(new RegExp(`#/meetings/${empty}/import$`));

  await view.open(host, await seedMeeting(host));
  await view.search.fill('zzzz');
  await expect(app.getByRole('heading', { name: 'No participants match' })).toBeVisible();
  await expect(view.showing).toHaveText('Showing 0 of 8');
  await app.getByRole('button', { name: 'Clear filters' }).last().click();
  await expect(view.rows).toHaveCount(8);
});

test('the view in French: counters, columns, labels, filters and search', async ({ app, host }) => {
  await host.backend.dispatch('settings.setLanguage', { language: 'fr' });
  const view = new ParticipantsPage(app);
  await view.open(host, await seedMeeting(host));
  await expect(view.headline).toHaveText('4 attendus (inscrits ou confirmés) venant de 3 pays');
  await expect(view.showing).toHaveText('8 affichés sur 8');
  await expect(view.grid.getByRole('columnheader')).toHaveText([
    '',
    'Nom',
    'Organisation',
    'Pays',
    'Région',
    'Rôle',
    'Statut',
    'E-mail',
  ]);
  await expect(view.cell(view.row('Núñez, Ana'), 'country')).toHaveText('Espagne');
  await expect(view.cell(view.row('Núñez, Ana'), 'status')).toHaveText('Confirmé(e)');
  await expect(view.cell(view.row('Diop, Aminata'), 'role')).toHaveText(
    'Président(e) / modérateur(trice)',
  );
  await view.filter(/^Filtre Pays/, 'Sénégal');
  await expect(view.names()).toHaveText(['Diop, Aminata', 'Ndiaye, Moussa']);
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();
  await view.search.fill('nunez');
  await expect(view.names()).toHaveText(['Núñez, Ana']);
  // One row is singular in French (it was "1 affichés").
  await expect(view.showing).toHaveText('1 affiché sur 8');
  await view.grid.getByRole('checkbox', { name: 'Sélectionner Núñez, Ana' }).click();
  await expect(view.bulkBar).toContainText('1 sélectionné');
  await view.cell(view.row('Núñez, Ana'), 'name').click();
  const panel = view.panel('Núñez, Ana');
  await expect(panel.getByRole('textbox', { name: 'Prénom(s)' })).toHaveValue('Ana');
  await expect(panel.getByText('Historique du statut')).toBeVisible();
});
