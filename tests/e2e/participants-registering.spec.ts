import { test, expect } from './fixtures';
import type { HostHandle } from './fixtures';
import { ParticipantsPage, seedMeeting, seedParticipants } from './pages/participants-page';
import { seed } from './people-seed';

/**
 * A second meeting, with two people who are not in the first one and Ana Núñez, who is in both:
 * the people a registrar should find rather than enter again.
 */
async function seedOtherMeeting(host: HostHandle, first: number) {
  const other = await seed(host, 'meetings.create', {
    title: 'Working Group — Cotonou',
    kind: 'working_group',
    startDate: '2026-09-22',
    endDate: '2026-09-24',
    timeZone: 'Africa/Porto-Novo',
  });
  await seedParticipants(
    host,
    other.id,
    {
      bka: {
        name: 'Bundeskriminalamt',
        acronym: 'BKA',
        type: 'law_enforcement',
        countryCode: 'DE',
      },
      gps: { name: 'Ghana Police Service', type: 'law_enforcement', countryCode: 'GH' },
    },
    [
      {
        person: { givenNames: 'Zoë', familyNames: 'Müller', countryCode: 'DE' },
        organisation: 'bka',
        registration: { status: 'confirmed' },
      },
      {
        person: { givenNames: 'Kwame', familyNames: 'Asante', countryCode: 'GH' },
        organisation: 'gps',
        registration: {},
      },
    ],
  );
  const nunez = (await seed(host, 'registrations.list', { meetingId: first })).find(
    (r) => r.familyNames === 'Núñez',
  )!;
  await seed(host, 'registrations.create', {
    meetingId: other.id,
    personId: nunez.personId,
    registration: {},
  });
}

async function directory(host: HostHandle, query: string) {
  return seed(host, 'people.directory', { query });
}

test('a person from another meeting is found without accents and registered with a role and status', async ({
  app,
  host,
}) => {
  const first = await seedMeeting(host);
  await seedOtherMeeting(host, first);
  const view = new ParticipantsPage(app);
  await view.open(host, first);

  const picker = await view.addParticipant();
  const search = picker.getByRole('searchbox', { name: 'Find the person' });
  await expect(search).toBeFocused();
  // Someone already in this meeting is shown, marked, and cannot be picked.
  await search.fill('nunez');
  const nunez = view.person(picker, 'Núñez, Ana');
  await expect(nunez).toContainText('Policía Nacional · Spain');
  await expect(nunez).toContainText('Already registered');
  await expect(nunez).toBeDisabled();

  await search.fill('muller');
  const muller = view.person(picker, 'Müller, Zoë');
  await expect(muller).toContainText('Bundeskriminalamt · Germany');
  await expect(muller).toContainText('1 meeting');
  await expect(muller).toBeEnabled();
  // From the search box the arrow key reaches the list; Enter picks.
  await app.keyboard.press('ArrowDown');
  await expect(muller).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(picker.getByRole('heading', { name: 'Müller, Zoë' })).toBeVisible();
  await view.pick(picker, 'Role', 'Speaker');
  await view.pick(picker, 'Status', 'Registered');
  await picker.getByRole('button', { name: 'Register' }).click();

  await expect(picker).toBeHidden();
  await expect(app.getByText('Zoë Müller registered to this meeting.')).toBeVisible();
  const row = view.row('Müller, Zoë');
  await expect(view.cell(row, 'country')).toHaveText('Germany');
  await expect(view.cell(row, 'role')).toHaveText('Speaker');
  await expect(view.cell(row, 'status')).toHaveText('Registered');
  await expect(view.showing).toHaveText('Showing 9 of 9');
  // The same person, now in two meetings, not a second Zoë Müller.
  expect(await directory(host, 'Müller')).toMatchObject([{ meetingCount: 2 }]);

  // Back in the search, she is now among those already registered.
  const again = await view.addParticipant();
  await again.getByRole('searchbox', { name: 'Find the person' }).fill('zoe');
  await expect(view.person(again, 'Müller, Zoë')).toBeDisabled();
});

test('typing a name that exists surfaces the person before a duplicate is created', async ({
  app,
  host,
}) => {
  const first = await seedMeeting(host);
  await seedOtherMeeting(host, first);
  const view = new ParticipantsPage(app);
  await view.open(host, first);

  // Nobody found: "New person" carries the typed name into the form.
  let picker = await view.addParticipant();
  await picker.getByRole('searchbox', { name: 'Find the person' }).fill('Kofi Mensah');
  await expect(picker.getByText('Nobody in the directory matches “Kofi Mensah”.')).toBeVisible();
  await picker.getByRole('button', { name: 'New person' }).click();
  let form = view.panel('New participant');
  await expect(form.getByRole('textbox', { name: 'Given name(s)' })).toHaveValue('Kofi');
  await expect(form.getByRole('textbox', { name: 'Family name(s)' })).toHaveValue('Mensah');
  await expect(form.getByRole('textbox', { name: 'Given name(s)' })).toBeFocused();
  await expect(form.getByText('Already in the directory?')).toBeHidden();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();

  // Straight to "New person", then a name someone already has.
  picker = await view.addParticipant();
  await picker.getByRole('button', { name: 'New person' }).click();
  form = view.panel('New participant');
  await form.getByRole('textbox', { name: 'Given name(s)' }).fill('Kwame');
  await form.getByRole('textbox', { name: 'Family name(s)' }).fill('Asante');
  await expect(form.getByText('Already in the directory?')).toBeVisible();
  const asante = view.person(form, 'Asante, Kwame');
  await expect(asante).toContainText('Ghana Police Service · Ghana');
  // Leaving the typed form for the existing person asks first: the typing would be lost.
  await asante.click();
  const discard = app.getByRole('dialog', { name: 'Discard changes?' });
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  const chosen = view.panel('Add a participant');
  await expect(chosen.getByRole('heading', { name: 'Asante, Kwame' })).toBeVisible();
  await chosen.getByRole('button', { name: 'Register' }).click();
  await expect(chosen).toBeHidden();
  await expect(view.cell(view.row('Asante, Kwame'), 'status')).toHaveText('Invited');
  expect(await directory(host, 'Asante')).toHaveLength(1);
});

test('removing from the meeting asks first, keeps the people, and Undo puts everything back', async ({
  app,
  host,
}) => {
  const first = await seedMeeting(host);
  const rows = await seed(host, 'registrations.list', { meetingId: first });
  const dupont = rows.find((r) => r.familyNames === 'Dupont')!;
  // Every field of the registration filled, and a status history of two steps.
  await seed(host, 'registrations.update', {
    id: dupont.id,
    registration: {
      role: 'speaker',
      status: 'confirmed',
      plannedDays: ['2026-11-14', '2026-11-16'],
      arrivalDate: '2026-11-13',
      departureDate: '2026-11-17',
      dietary: 'Vegetarian',
      accessibility: 'Hearing loop',
      visaLetter: true,
      badgeName: 'Commissaire Dupont',
      internalNotes: 'Opens the second day.',
    },
  });
  const snapshot = async () => {
    const list = await seed(host, 'registrations.list', { meetingId: first });
    return Promise.all(list.map((r) => seed(host, 'registrations.get', { id: r.id })));
  };
  const before = await snapshot();
  const view = new ParticipantsPage(app);
  await view.open(host, first);

  await view.checkbox('Dupont, Jean').click();
  await view.checkbox('García, María').click();
  await view.bulkBar.getByRole('button', { name: 'Remove from this meeting' }).click();
  const dialog = view.removeDialog;
  await expect(dialog).toContainText('2 participants will be removed from this meeting.');
  await expect(dialog).toContainText(
    'The people stay in the people directory and can be registered again.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(view.rows).toHaveCount(8);

  await view.bulkBar.getByRole('button', { name: 'Remove from this meeting' }).click();
  await view.removeDialog.getByRole('button', { name: 'Remove' }).click();
  await expect(app.getByText('2 participants removed from this meeting.')).toBeVisible();
  await expect(view.showing).toHaveText('Showing 6 of 6');
  await expect(view.row('Dupont')).toHaveCount(0);
  await expect(view.bulkBar).toBeHidden();
  // The people themselves stay in the directory.
  expect(await directory(host, 'Dupont')).toMatchObject([{ meetingCount: 0 }]);

  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByText('2 participants are back in the meeting.')).toBeVisible();
  await expect(view.showing).toHaveText('Showing 8 of 8');
  await expect(view.cell(view.row('Dupont, Jean'), 'status')).toHaveText('Confirmed');
  // Exactly as before: ids, every field, timestamps and the status history.
  expect(await snapshot()).toEqual(before);

  // One person, from the panel.
  await view.cell(view.row('Núñez, Ana'), 'name').click();
  const panel = view.panel('Núñez, Ana');
  await panel.getByRole('button', { name: 'Remove from this meeting' }).click();
  await expect(view.removeDialog).toContainText('1 participant will be removed from this meeting.');
  await expect(view.removeDialog).toContainText(
    'The person stays in the people directory and can be registered again.',
  );
  await view.removeDialog.getByRole('button', { name: 'Remove' }).click();
  await expect(panel).toBeHidden();
  await expect(view.row('Núñez')).toHaveCount(0);
  await expect(view.headline).toHaveText('3 expected (registered or confirmed) from 3 countries');
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByText('1 participant is back in the meeting.')).toBeVisible();
  await expect(view.cell(view.row('Núñez, Ana'), 'status')).toHaveText('Confirmed');
  expect(await snapshot()).toEqual(before);
});

test('closing the panel with unsaved edits asks first; without edits it just closes', async ({
  app,
  host,
}) => {
  const view = new ParticipantsPage(app);
  await view.open(host, await seedMeeting(host));
  await view.cell(view.row('Dupont, Jean'), 'name').click();
  const panel = view.panel('Dupont, Jean');
  const family = panel.getByRole('textbox', { name: 'Family name(s)' });
  const discard = app.getByRole('dialog', { name: 'Discard changes?' });

  // An edit typed and then undone is no edit.
  await family.fill('Dupond');
  await family.fill('Dupont');
  await app.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(discard).toBeHidden();

  await view.cell(view.row('Dupont, Jean'), 'name').click();
  await family.fill('Dupont-Moreau');
  await app.keyboard.press('Escape');
  await expect(discard).toBeVisible();
  await expect(discard).toContainText('Your changes to this participant have not been saved.');
  // Keep editing is the safe default: it has the focus.
  await expect(discard.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(discard).toBeHidden();
  await expect(panel).toBeVisible();
  await expect(family).toHaveValue('Dupont-Moreau');
  await expect(family).toBeFocused();

  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(discard).toBeVisible();
  // Escape answers the question, not the panel behind it.
  await app.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await expect(panel).toBeVisible();

  // The panel sits beside the list: picking another row there asks too, then shows that row.
  await view.cell(view.row('Martin, Claire'), 'name').click();
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(panel).toBeHidden();
  await expect(view.panel('Martin, Claire')).toBeVisible();
  await expect(view.row('Dupont, Jean')).toHaveCount(1);
  await expect(view.row('Dupont-Moreau')).toHaveCount(0);
});
