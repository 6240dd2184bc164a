import { test, expect } from './fixtures';
import { seed } from './people-seed';
import { AgendaFormsPage, agendaOf, seedAgenda } from './pages/agenda-forms';

test('the panel lists its own clashes in plain words, and the awards given in it', async ({
  app,
  host,
}) => {
  const given = await seedAgenda(host);
  const workshop = await given.session({
    title: 'Workshop Africa',
    roomId: given.salle2,
    expectedAudience: 45,
    people: [
      { registrationId: given.reg('Diop'), role: 'chair' },
      { registrationId: given.reg('Ndiaye'), role: 'speaker' },
    ],
  });
  await given.session({
    title: 'Coffee break',
    type: 'break',
    roomId: given.salle2,
    startMinute: 630,
  });
  await seed(host, 'agenda.createAward', {
    meetingId: given.meetingId,
    award: {
      name: 'Regional cooperation award',
      recipientName: 'West African Police Network',
      sessionId: workshop,
    },
  });
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  await view.openSession('Workshop Africa');
  const clashes = view.panelClashes;
  await expect(clashes).toContainText('This session has 3 clashes');
  await expect(clashes.getByRole('listitem')).toHaveText([
    'Salle 2 is used twice at 10:30–11:00 on Sun 15 Nov: “Workshop Africa” and “Coffee break”.',
    '“Workshop Africa” expects 45 people but Salle 2 seats 30.',
    'Moussa Ndiaye (speaker) in “Workshop Africa” has declined the invitation.',
  ]);
  await expect(
    view.panel.getByText('Regional cooperation award — to West African Police Network'),
  ).toBeVisible();

  // The warnings follow the form as it is edited, before saving.
  await view.panel.getByRole('textbox', { name: 'Expected audience' }).fill('30');
  await expect(view.panelClashes).toContainText('This session has 2 clashes');
  await view.textbox('Start').fill('11:00');
  await view.textbox('End').fill('12:00');
  await expect(view.panelClashes.getByRole('listitem')).toHaveText([
    'Moussa Ndiaye (speaker) in “Workshop Africa” has declined the invitation.',
  ]);
  // Not saved yet: the programme's own count has not moved.
  await expect(view.clashButton).toHaveAccessibleName('3 clashes');
  await view.save.click();
  await expect(view.clashButton).toHaveAccessibleName('1 clash');
});

test('Escape closes the panel; with unsaved edits it asks first, and keeping them keeps them', async ({
  app,
  host,
}) => {
  const given = await seedAgenda(host);
  await given.session({ title: 'Opening plenary', allRooms: true, type: 'plenary' });
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);

  await view.openSession('Opening plenary');
  await app.keyboard.press('Escape');
  await expect(view.panel).toBeHidden();

  await view.openSession('Opening plenary');
  const title = view.textbox('Title');
  await title.fill('Opening plenary session');
  // Escape inside an open dropdown closes the dropdown, not the panel.
  await view.panel.getByRole('combobox', { name: 'Type' }).click();
  await expect(app.getByRole('listbox')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('listbox')).toBeHidden();
  await expect(view.panel).toBeVisible();

  await title.press('Escape');
  await expect(view.discardDialog).toBeVisible();
  await view.discardDialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(title).toHaveValue('Opening plenary session');

  await view.panel.getByRole('button', { name: 'Hide the session panel' }).click();
  await view.discardDialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(view.panel).toBeHidden();
  expect((await agendaOf(host, given.meetingId)).sessions[0]!.title).toBe('Opening plenary');

  // An edit typed and then undone is no edit: nothing to ask.
  await view.openSession('Opening plenary');
  await view.textbox('Title').fill('Something else');
  await view.textbox('Title').fill('Opening plenary');
  await app.keyboard.press('Escape');
  await expect(view.panel).toBeHidden();
});

test('delete says "Deleted — Undo" and Undo brings the session back; duplicate places a copy right after', async ({
  app,
  host,
}) => {
  const given = await seedAgenda(host);
  await given.session({
    title: 'Darknet investigations',
    roomId: given.hall,
    people: [{ registrationId: given.reg('Dupont'), role: 'speaker' }],
  });
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  const before = (await agendaOf(host, given.meetingId)).sessions;

  await view.openSession('Darknet investigations');
  await view.panel.getByRole('button', { name: 'Duplicate' }).click();
  await expect(
    view.notice('“Darknet investigations” duplicated, right after the original.'),
  ).toBeVisible();
  await expect(view.list.getByRole('row', { name: 'Darknet investigations' })).toHaveCount(2);
  const copies = (await agendaOf(host, given.meetingId)).sessions;
  expect(copies.map((s) => [s.startMinute, s.endMinute, s.people.length])).toEqual([
    [600, 660, 1],
    [660, 720, 1],
  ]);
  await view.undo('duplicated');
  await expect(view.list.getByRole('row', { name: 'Darknet investigations' })).toHaveCount(1);

  // Duplicate is held back while edits are unsaved: the copy would not have them.
  await view.openSession('Darknet investigations');
  await view.textbox('Title').fill('Darknet investigations (copy)');
  await expect(view.panel.getByRole('button', { name: 'Duplicate' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await view.panel.getByRole('button', { name: 'Cancel' }).click();
  await view.discardDialog.getByRole('button', { name: 'Discard changes' }).click();

  await view.openSession('Darknet investigations');
  await view.panel.getByRole('button', { name: 'Delete session' }).click();
  await expect(view.panel).toBeHidden();
  await expect(view.listRow('Darknet investigations')).toHaveCount(0);
  await view.undo('“Darknet investigations” deleted.');
  // The duplicate's "Undone." may still be showing above this one.
  await expect(app.getByText('Undone.').last()).toBeVisible();
  await expect(view.listRow('Darknet investigations')).toBeVisible();
  // Back exactly as it was: id, people, timestamps.
  expect((await agendaOf(host, given.meetingId)).sessions).toEqual(before);
});

test('undo after the same session was changed elsewhere says so and changes nothing', async ({
  app,
  host,
}) => {
  const given = await seedAgenda(host);
  const id = await given.session({
    title: 'Prevention strategies',
    roomId: given.hall,
    people: [
      { registrationId: given.reg('Diop'), role: 'chair' },
      { registrationId: given.reg('García'), role: 'speaker' },
    ],
  });
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  await view.openSession('Prevention strategies');
  await view.textbox('Title').fill('Prevention strategies that work');
  await view.save.click();
  await expect(view.notice('“Prevention strategies that work” saved.')).toBeVisible();

  // Meanwhile, in another window, a registrar removes María García from the meeting: she leaves
  // the session too, so the session is no longer as the edit left it.
  await seed(host, 'registrations.delete', { ids: [given.reg('García')], sessions: 'remove' });
  await expect(view.listRow('Prevention strategies that work')).not.toContainText('García');

  await view.undo('“Prevention strategies that work” saved.');
  await expect(
    app.getByText(
      '“Prevention strategies that work” was changed since, so that edit can no longer be undone. Undo again to go further back.',
    ),
  ).toBeVisible();
  const session = (await agendaOf(host, given.meetingId)).sessions.find((s) => s.id === id);
  expect(session).toMatchObject({
    title: 'Prevention strategies that work',
    people: [{ registrationId: given.reg('Diop'), role: 'chair' }],
  });
});

test('the session panel in French', async ({ app, host }) => {
  const given = await seedAgenda(host);
  await given.session({
    title: 'Atelier Afrique',
    type: 'regional_workshop',
    region: 'africa',
    roomId: given.salle2,
    people: [{ registrationId: given.reg('Ndiaye'), role: 'chair' }],
  });
  await seed(host, 'settings.setLanguage', { language: 'fr' });
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  await view.listRow('Atelier Afrique').click();
  const panel = view.panel;
  await expect(panel.getByRole('heading', { name: 'Atelier Afrique' })).toBeVisible();
  await expect(view.panelClashes.getByRole('listitem')).toHaveText([
    'Moussa Ndiaye (président·e de séance) dans « Atelier Afrique » a décliné l’invitation.',
  ]);
  await expect(panel.getByRole('combobox', { name: 'Jour' })).toHaveValue('dimanche 15 novembre');
  await expect(panel.getByRole('combobox', { name: 'Salle' })).toHaveValue('Salle 2 · 30 places');
  await expect(panel.getByRole('combobox', { name: 'Région' })).toHaveValue('Afrique');
  await view.textbox('Fin').fill('09:00');
  await panel.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(view.textbox('Fin')).toHaveAccessibleDescription(
    'L’heure de fin ne peut pas précéder l’heure de début.',
  );
});
