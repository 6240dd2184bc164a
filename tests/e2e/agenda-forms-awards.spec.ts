import { test, expect } from './fixtures';
import { seed } from './people-seed';
import { AgendaFormsPage, agendaOf, seedAgenda } from './pages/agenda-forms';

test('awards: to an organisation, a person from the directory or a name; shown on the session and the person’s page', async ({
  app,
  host,
}) => {
  const given = await seedAgenda(host);
  const ceremony = await given.session({
    title: 'Award ceremony',
    type: 'award_ceremony',
    roomId: given.hall,
    day: '2026-11-16',
    startMinute: 1080,
    endMinute: 1140,
  });
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  const section = await view.openAwards();
  await expect(section.getByRole('heading', { name: 'No awards yet' })).toBeVisible();

  // An organisation.
  await section.getByRole('button', { name: 'Add award' }).click();
  let dialog = app.getByRole('dialog', { name: 'New award' });
  await dialog.getByRole('button', { name: 'Add award' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Award' })).toHaveAccessibleDescription(
    'This field is required.',
  );
  await dialog.getByRole('textbox', { name: 'Award' }).fill('Child Protection Award');
  await view.pick(dialog, 'Organisation', 'ECPAT International');
  await view.pick(dialog, 'Presented in', 'Mon 16 Nov 18:00 · Award ceremony');
  await dialog
    .getByRole('textbox', { name: 'Citation' })
    .fill('For its work against the sexual exploitation of children in 93 countries.');
  await dialog.getByRole('button', { name: 'Add award' }).click();
  await expect(dialog).toBeHidden();
  const row = section.getByRole('row', { name: /Child Protection Award/ });
  await expect(row).toContainText('ECPAT International');
  await expect(row).toContainText('Award ceremony · Mon 16 Nov 18:00');

  // A person found in the directory by typing.
  await section.getByRole('button', { name: 'Add award' }).click();
  dialog = app.getByRole('dialog', { name: 'New award' });
  await dialog.getByRole('textbox', { name: 'Award' }).fill('Investigator of the year');
  await dialog.getByText('Person', { exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Find a person' }).fill('nunez');
  await app.getByRole('option', { name: 'Ana Núñez' }).click();
  await expect(dialog).toContainText('Ana Núñez');
  await view.pick(dialog, 'Presented in', 'Mon 16 Nov 18:00 · Award ceremony');
  await dialog.getByRole('button', { name: 'Add award' }).click();
  await expect(dialog).toBeHidden();

  const agenda = await agendaOf(host, given.meetingId);
  const organisations = await seed(host, 'organisations.list', {});
  const registrations = await seed(host, 'registrations.list', { meetingId: given.meetingId });
  const nunez = registrations.find((r) => r.familyNames === 'Núñez')!.personId;
  expect(agenda.awards).toMatchObject([
    {
      name: 'Child Protection Award',
      recipientOrganisationId: organisations.find((o) => o.name === 'ECPAT International')!.id,
      recipientPersonId: null,
      recipientName: 'ECPAT International',
      sessionId: ceremony,
    },
    {
      name: 'Investigator of the year',
      recipientOrganisationId: null,
      recipientPersonId: nunez,
      recipientName: 'Ana Núñez',
      sessionId: ceremony,
    },
  ]);

  // On the session, reached from an award's row: the dialog gives way to the session's panel.
  await section
    .getByRole('row', { name: /Child Protection Award/ })
    .getByRole('button', { name: 'Award ceremony · Mon 16 Nov 18:00' })
    .click();
  await expect(section).toBeHidden();
  await expect(view.panel).toHaveAccessibleName('Session: Award ceremony');
  await expect(
    view.panel.getByText('Child Protection Award — to ECPAT International'),
  ).toBeVisible();
  await expect(view.panel.getByText('Investigator of the year — to Ana Núñez')).toBeVisible();
  await view.panel.getByRole('button', { name: 'Hide the session panel' }).click();

  // On the recipient's page.
  await (await view.openAwards()).getByRole('link', { name: 'Ana Núñez' }).click();
  const received = app.getByRole('region', { name: 'Award' });
  await expect(received).toContainText('Investigator of the year');
  await expect(received).toContainText(
    'Specialists Group — Annual Meeting · presented in “Award ceremony”',
  );
});

test('an award to a name outside the directory is edited, and deleted with Undo', async ({
  app,
  host,
}) => {
  const given = await seedAgenda(host);
  await given.session({
    title: 'Award ceremony',
    type: 'award_ceremony',
    roomId: given.hall,
    day: '2026-11-16',
    startMinute: 1080,
    endMinute: 1140,
  });
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  const section = await view.openAwards();
  // A name outside the directory.
  await section.getByRole('button', { name: 'Add award' }).click();
  const dialog = app.getByRole('dialog', { name: 'New award' });
  await dialog.getByRole('textbox', { name: 'Award' }).fill('Special mention');
  // Escape with something typed asks before losing it.
  await app.keyboard.press('Escape');
  const discard = app.getByRole('dialog', { name: 'Discard changes?' });
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Award' })).toHaveValue('Special mention');
  // The awards dialog underneath stayed open.
  await expect(section).toBeVisible();
  await dialog.getByText('Other name', { exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Recipient’s name' }).fill('The hotline volunteers');
  await dialog.getByRole('button', { name: 'Add award' }).click();
  await expect(section.getByRole('row', { name: /Special mention/ })).toContainText(
    'Not placed in a session yet',
  );

  expect((await agendaOf(host, given.meetingId)).awards).toMatchObject([
    {
      name: 'Special mention',
      recipientOrganisationId: null,
      recipientPersonId: null,
      recipientName: 'The hotline volunteers',
      sessionId: null,
    },
  ]);

  // Edit, then delete with undo.
  await section.getByRole('button', { name: 'Edit Special mention' }).click();
  const editing = app.getByRole('dialog', { name: 'Edit award' });
  await view.pick(editing, 'Presented in', 'Mon 16 Nov 18:00 · Award ceremony');
  await editing.getByRole('button', { name: 'Save award' }).click();
  await expect(section.getByRole('row', { name: /Special mention/ })).toContainText(
    'Award ceremony',
  );
  await section.getByRole('button', { name: 'Delete Special mention' }).click();
  await expect(section.getByRole('row', { name: /Special mention/ })).toHaveCount(0);
  await view.undo('Award “Special mention” deleted.');
  await expect(section.getByRole('row', { name: /Special mention/ })).toBeVisible();
  await view.closeAwards();
  await view.openSession('Award ceremony');
  await expect(view.panel.getByText('Special mention — to The hotline volunteers')).toBeVisible();
});

test('the awards section and the recipient’s awards in French', async ({ app, host }) => {
  const given = await seedAgenda(host);
  const registrations = await seed(host, 'registrations.list', { meetingId: given.meetingId });
  const diop = registrations.find((r) => r.familyNames === 'Diop')!;
  await seed(host, 'agenda.createAward', {
    meetingId: given.meetingId,
    award: {
      name: 'Prix de la coopération',
      recipientPersonId: diop.personId,
      recipientName: 'Aminata Diop',
      citation: 'Pour vingt ans de coopération régionale.',
    },
  });
  await seed(host, 'settings.setLanguage', { language: 'fr' });
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  const section = await view.openAwards();
  await expect(section.getByRole('row', { name: /Prix de la coopération/ })).toContainText(
    'Pas encore placé dans une session',
  );
  await app.goto(`${host.origin}/#/people/${diop.personId}`);
  const received = app.getByRole('region', { name: 'Prix' });
  await expect(received).toContainText('Prix de la coopération');
  await expect(received).toContainText('Pour vingt ans de coopération régionale.');
});
