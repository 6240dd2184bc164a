import fs from 'node:fs';
import Papa from 'papaparse';
import { test, expect } from './fixtures';
import { ParticipantsPage, seedMeeting } from './pages/participants-page';

test('columns are hidden and resized, and stay so after a restart', async ({ app, host }) => {
  const view = new ParticipantsPage(app);
  const meetingId = await seedMeeting(host);
  await view.open(host, meetingId);
  const menu = await view.columnsMenu();
  await expect(menu.getByRole('checkbox', { name: 'Name' })).toBeDisabled();
  await menu.getByRole('checkbox', { name: 'Email' }).uncheck();
  await menu.getByRole('checkbox', { name: 'Region' }).uncheck();
  await app.keyboard.press('Escape');
  await expect(view.grid.getByRole('columnheader')).toHaveText([
    '',
    'Name',
    'Organisation',
    'Country',
    'Role',
    'Status',
  ]);
  await expect(view.grid).toHaveAttribute('aria-colcount', '6');

  // Resizing works from the keyboard: each arrow press widens the column by a step.
  const grip = view.resizer('Name');
  const before = (await view.grid.getByRole('columnheader', { name: /^Name/ }).boundingBox())!;
  await grip.focus();
  for (let i = 0; i < 5; i++) await app.keyboard.press('ArrowRight');
  const after = (await view.grid.getByRole('columnheader', { name: /^Name/ }).boundingBox())!;
  expect(after.width).toBeGreaterThan(before.width + 60);
  const width = Number(await grip.getAttribute('aria-valuenow'));
  expect(width).toBeGreaterThan(before.width + 60);

  // A new run of the app (same data folder): the layout comes back.
  await view.open(host, meetingId);
  await expect(view.grid.getByRole('columnheader')).toHaveCount(6);
  await expect(view.resizer('Name')).toHaveAttribute('aria-valuenow', String(width));
  await expect(view.cell(view.row('Núñez, Ana'), 'organisation')).toHaveText('Policía Nacional');

  const again = await view.columnsMenu();
  await again.getByRole('button', { name: 'Default columns' }).click();
  await app.keyboard.press('Escape');
  await expect(view.grid.getByRole('columnheader')).toHaveCount(8);
  await expect(view.resizer('Name')).not.toHaveAttribute('aria-valuenow');
});

test('the panel sits beside the list, which stays usable; Escape clears a selection', async ({
  app,
  host,
}) => {
  const view = new ParticipantsPage(app);
  await view.open(host, await seedMeeting(host));
  await view.cell(view.row('Diop, Aminata'), 'name').click();
  const diop = view.panel('Diop, Aminata');
  await expect(diop.getByRole('textbox', { name: 'Given name(s)' })).toHaveValue('Aminata');
  await expect(diop).toHaveAttribute('aria-modal', 'false');
  // Nothing covers the list: the rows, the search and the boxes still work with the panel open.
  const gridBox = (await view.grid.boundingBox())!;
  const panelBox = (await diop.boundingBox())!;
  expect(panelBox.x).toBeGreaterThanOrEqual(gridBox.x + gridBox.width);
  await view.checkbox('Smith, John').click();
  await view.checkbox('Roy, Émilie').click();
  await expect(view.bulkBar).toContainText('2 selected');
  await view.cell(view.row('García, María'), 'name').click();
  const garcia = view.panel('García, María');
  await expect(garcia.getByRole('textbox', { name: 'Given name(s)' })).toHaveValue('María');

  // Escape in the list clears the selection first, then closes the panel.
  await view.grid.focus();
  await app.keyboard.press('Escape');
  await expect(view.bulkBar).toBeHidden();
  await expect(view.row('Smith, John')).toHaveAttribute('aria-selected', 'false');
  await expect(garcia).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(garcia).toBeHidden();

  // Unsaved edits are not lost to a click on another row: the registrar is asked.
  await view.cell(view.row('Diop, Aminata'), 'name').click();
  await view
    .panel('Diop, Aminata')
    .getByRole('textbox', { name: 'Email' })
    .fill('a.diop@police.sn');
  await view.cell(view.row('Smith, John'), 'name').click();
  const question = app.getByRole('dialog', { name: 'Discard changes?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(view.panel('Diop, Aminata').getByRole('textbox', { name: 'Email' })).toHaveValue(
    'a.diop@police.sn',
  );
});

test('the country filter offers (no country), and each filter counts what the others leave', async ({
  app,
  host,
}) => {
  const meetingId = await seedMeeting(host);
  await host.backend.dispatch('registrations.create', {
    meetingId,
    person: { givenNames: 'Kim', familyNames: 'Nocountry' },
    registration: { status: 'registered' },
  });
  const view = new ParticipantsPage(app);
  await view.open(host, meetingId);
  await view.filter(/^Country filter/, '(no country)');
  await expect(view.names()).toHaveText(['Nocountry, Kim']);
  await app.getByRole('button', { name: 'Clear filters' }).click();

  await view.filter(/^Country filter/, 'France');
  await app.getByRole('button', { name: /^Status filter/ }).click();
  const statuses = app.getByRole('listbox');
  // Of the two French participants, one is registered and one invited; nobody French confirmed.
  await expect(statuses.getByRole('option', { name: 'Registered' })).toContainText('1');
  await expect(statuses.getByRole('option', { name: 'Invited' })).toContainText('1');
  await expect(statuses.getByRole('option', { name: 'Confirmed' })).toContainText('0');
  await app.keyboard.press('Escape');
  // The search counts as well: "diop" leaves one Senegalese participant.
  await app.getByRole('button', { name: 'Clear filters' }).click();
  await view.search.fill('diop');
  await expect(view.names()).toHaveText(['Diop, Aminata']);
  await app.getByRole('button', { name: /^Country filter/ }).click();
  await expect(app.getByRole('listbox').getByRole('option', { name: 'Senegal' })).toContainText(
    '1',
  );
  await expect(app.getByRole('listbox').getByRole('option', { name: 'France' })).toContainText('0');
});

test('in French, CSV is separated by semicolons, names as French spreadsheets show them', async ({
  app,
  host,
}) => {
  await host.backend.dispatch('settings.setLanguage', { language: 'fr' });
  const meetingId = await seedMeeting(host);
  await host.backend.dispatch('registrations.create', {
    meetingId,
    person: { givenNames: 'Jana', familyNames: 'Nováková', countryCode: 'CZ' },
    registration: { status: 'confirmed' },
  });
  const view = new ParticipantsPage(app);
  await view.open(host, meetingId);
  await expect(view.cell(view.row('Nováková, Jana'), 'country')).toHaveText('Tchéquie');
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Exporter en CSV' }).click(),
  ]);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true });
  expect(parsed.meta.delimiter).toBe(';');
  expect(parsed.data.find((r) => r['Nom(s) de famille'] === 'Nováková')).toMatchObject({
    Pays: 'Tchéquie',
  });

  // The registrar can still choose commas.
  await app.getByRole('button', { name: 'Choisir le séparateur du CSV' }).click();
  const [commas] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('menuitem', { name: /CSV avec des virgules/ }).click(),
  ]);
  const commaText = fs.readFileSync((await commas.path())!, 'utf8');
  expect(Papa.parse(commaText.slice(1), { header: true }).meta.delimiter).toBe(',');
});
