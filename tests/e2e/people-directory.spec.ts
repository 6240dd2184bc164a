import { test, expect } from './fixtures';
import { seed, seedMeeting } from './people-seed';
import { PeopleDirectoryPage } from './pages/people-directory-page';
import type { HostHandle } from './fixtures';

/** Three people, two meetings; María José Núñez is registered to both. */
async function seedPeople(host: HostHandle) {
  const police = await seed(host, 'organisations.create', {
    name: 'Policía Nacional',
    acronym: 'PN',
    type: 'law_enforcement',
    countryCode: 'ES',
  });
  const bka = await seed(host, 'organisations.create', {
    name: 'Bundeskriminalamt',
    acronym: 'BKA',
    type: 'law_enforcement',
    countryCode: 'DE',
  });
  const maria = await seed(host, 'people.create', {
    givenNames: 'María José',
    familyNames: 'Núñez',
    email: 'mj.nunez@policia.es',
    organisationId: police.id,
    countryCode: 'ES',
  });
  const jurgen = await seed(host, 'people.create', {
    givenNames: 'Jürgen',
    familyNames: 'Müller',
    email: 'j.mueller@bka.de',
    organisationId: bka.id,
    countryCode: 'DE',
  });
  await seed(host, 'people.create', { familyNames: 'Sukarno', countryCode: 'ID' });
  const lyon = await seedMeeting(
    host,
    'Specialists Group on Crimes against Children',
    '2026-11-14',
  );
  const cotonou = await seedMeeting(host, 'Regional Working Group — Cotonou', '2026-09-22');
  await seed(host, 'registrations.create', {
    meetingId: lyon.id,
    personId: maria.id,
    registration: { role: 'speaker', status: 'confirmed' },
  });
  await seed(host, 'registrations.create', {
    meetingId: cotonou.id,
    personId: maria.id,
    registration: { role: 'delegate', status: 'waitlisted' },
  });
  await seed(host, 'registrations.create', {
    meetingId: lyon.id,
    personId: jurgen.id,
    registration: {},
  });
  return { maria, lyon, cotonou };
}

test('a registrar finds people across meetings, ignoring accents, and opens one', async ({
  app,
  host,
}) => {
  const { lyon, cotonou } = await seedPeople(host);
  const people = new PeopleDirectoryPage(app);
  await app.reload();
  await people.open();
  await expect(app.getByText('3 people across all meetings')).toBeVisible();
  await expect(people.rows).toHaveCount(3);
  await expect(people.row('Müller, Jürgen')).toContainText('Bundeskriminalamt');
  await expect(people.row('Müller, Jürgen')).toContainText('Germany');
  // A one-part name shows as typed.
  await expect(people.row('Sukarno')).toContainText('0');

  await people.search.fill('nunez');
  await expect(people.rows).toHaveCount(1);
  const maria = people.row('Núñez, María José');
  await expect(maria).toContainText('Policía Nacional');
  await expect(maria).toContainText('Spain');
  await expect(maria).toContainText('mj.nunez@policia.es');
  await expect(maria.getByRole('cell').last()).toHaveText('2');
  await expect(app.getByText('1 of 3 people')).toBeVisible();

  await people.search.fill('MULLER');
  await expect(people.rows).toHaveCount(1);
  await expect(people.row('Müller, Jürgen')).toBeVisible();

  await people.search.fill('zzz nobody');
  await expect(app.getByText('No one matches “zzz nobody”')).toBeVisible();
  await app.getByRole('button', { name: 'Clear the search' }).click();
  await expect(people.rows).toHaveCount(3);

  // Keyboard only: from the search box, Arrow Down reaches the list; arrows move; Enter opens.
  await people.search.fill('policia');
  await expect(people.rows).toHaveCount(1);
  await people.search.press('ArrowDown');
  await expect(people.row('Núñez, María José')).toBeFocused();
  await app.keyboard.press('Enter');

  await expect(app.getByRole('heading', { name: 'María José Núñez' })).toBeVisible();
  await expect(people.meetings.getByRole('row')).toHaveCount(3);
  const first = people.meetings.getByRole('row').nth(1);
  await expect(first).toContainText('Specialists Group on Crimes against Children');
  await expect(first).toContainText('14 November 2026');
  await expect(first).toContainText(/Speaker/);
  await expect(first).toContainText(/Confirmed/);
  await expect(people.meetings.getByRole('row').nth(2)).toContainText(/Waitlisted/);
  await expect(
    people.meetings.getByRole('link', { name: 'Specialists Group on Crimes against Children' }),
  ).toHaveAttribute('href', `#/meetings/${lyon.id}/participants`);
  await expect(
    people.meetings.getByRole('link', { name: 'Regional Working Group — Cotonou' }),
  ).toHaveAttribute('href', `#/meetings/${cotonou.id}/participants`);
});

test('editing a person shows errors next to the fields, then saves', async ({ app, host }) => {
  const { maria } = await seedPeople(host);
  const people = new PeopleDirectoryPage(app);
  await app.goto(`${host.origin}/#/people/${maria.id}`);
  await expect(app.getByRole('heading', { name: 'María José Núñez' })).toBeVisible();

  let dialog = await people.edit();
  await dialog.getByRole('textbox', { name: 'Email' }).fill('not-an-email');
  await dialog.getByRole('textbox', { name: 'Given name(s)' }).fill('');
  await dialog.getByRole('textbox', { name: 'Family name(s)' }).fill('');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
    /valid email|email address/i,
  );
  await expect(dialog.getByRole('textbox', { name: 'Family name(s)' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('heading', { name: 'María José Núñez' })).toBeVisible();

  dialog = await people.edit();
  await dialog.getByRole('textbox', { name: 'Given name(s)' }).fill('María-José');
  await dialog.getByRole('textbox', { name: 'Email' }).fill('mariajose.nunez@policia.es');
  await dialog.getByRole('textbox', { name: 'Position' }).fill('Inspectora jefe');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText('María-José Núñez saved.')).toBeVisible();
  await expect(app.getByRole('heading', { name: 'María-José Núñez' })).toBeVisible();
  await expect(app.getByText('Inspectora jefe · Policía Nacional')).toBeVisible();

  await app.getByRole('link', { name: 'All people' }).click();
  await people.search.fill('mariajose');
  await expect(people.rows).toHaveCount(1);
  await expect(people.row('Núñez, María-José')).toContainText('mariajose.nunez@policia.es');
});

test('an empty directory says how people get there; a missing person says so', async ({
  app,
  host,
}) => {
  const people = new PeopleDirectoryPage(app);
  await people.open();
  await expect(app.getByRole('heading', { name: 'No one in the directory yet' })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Go to meetings' })).toBeVisible();
  await app.goto(`${host.origin}/#/people/999`);
  await expect(app.getByRole('alert')).toContainText('This person does not exist');
});
