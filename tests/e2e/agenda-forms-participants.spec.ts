import { test, expect } from './fixtures';
import { agendaOf, seedAgenda } from './pages/agenda-forms';
import { ParticipantsPage } from './pages/participants-page';

test('removing participants still on sessions says which sessions, asks, and Undo puts them back on them', async ({
  app,
  host,
}) => {
  const given = await seedAgenda(host);
  await given.session({
    title: 'Opening plenary',
    type: 'plenary',
    allRooms: true,
    day: '2026-11-14',
    startMinute: 540,
    people: [
      { registrationId: given.reg('Diop'), role: 'chair' },
      { registrationId: given.reg('Dupont'), role: 'speaker' },
    ],
  });
  await given.session({
    title: 'Darknet investigations',
    roomId: given.salle2,
    startMinute: 840,
    endMinute: 930,
    people: [{ registrationId: given.reg('Dupont'), role: 'panellist' }],
  });
  const before = await agendaOf(host, given.meetingId);
  const view = new ParticipantsPage(app);
  await view.open(host, given.meetingId);

  await view.checkbox('Dupont, Jean').click();
  await view.checkbox('García, María').click();
  await view.checkbox('Diop, Aminata').click();
  await view.bulkBar.getByRole('button', { name: 'Remove from this meeting' }).click();
  const dialog = view.removeDialog;
  await expect(dialog).toContainText('3 participants will be removed from this meeting.');
  await expect(dialog).toContainText('2 of these people are still on sessions');
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Aminata Diop: “Opening plenary” (Sat 14 Nov 09:00)',
    'Jean Dupont: “Opening plenary” (Sat 14 Nov 09:00), “Darknet investigations” (Sun 15 Nov 14:00)',
  ]);
  await expect(dialog).toContainText(
    'Confirming also removes these 3 places on sessions; Undo puts them back.',
  );
  // Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(view.rows).toHaveCount(8);

  await view.bulkBar.getByRole('button', { name: 'Remove from this meeting' }).click();
  await view.removeDialog
    .getByRole('button', { name: 'Remove from the meeting and its sessions' })
    .click();
  await expect(app.getByText('3 participants removed from this meeting.')).toBeVisible();
  await expect(view.rows).toHaveCount(5);
  const after = await agendaOf(host, given.meetingId);
  expect(after.sessions.map((s) => [s.title, s.people])).toEqual([
    ['Opening plenary', []],
    ['Darknet investigations', []],
  ]);

  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByText('3 participants are back in the meeting.')).toBeVisible();
  await expect(view.rows).toHaveCount(8);
  // Back on their sessions, in their roles and order.
  const restored = await agendaOf(host, given.meetingId);
  expect(restored.sessions.map((s) => [s.title, s.people])).toEqual(
    before.sessions.map((s) => [s.title, s.people]),
  );
});

test('the removal question in French names the sessions too', async ({ app, host }) => {
  const given = await seedAgenda(host);
  await given.session({
    title: 'Atelier Afrique',
    people: [{ registrationId: given.reg('Diop'), role: 'chair' }],
  });
  await host.backend.dispatch('settings.setLanguage', { language: 'fr' });
  const view = new ParticipantsPage(app);
  await app.goto(`${host.origin}/#/meetings/${given.meetingId}/participants`);
  await app.reload();
  await view.cell(view.row('Diop, Aminata'), 'name').click();
  await app.getByRole('button', { name: 'Retirer de cette réunion' }).click();
  const dialog = view.removeDialog;
  await expect(dialog).toContainText('Cette personne figure encore dans des sessions');
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Aminata Diop : « Atelier Afrique » (dim. 15 nov. 10:00)',
  ]);
  await expect(
    dialog.getByRole('button', { name: 'Retirer de la réunion et de ses sessions' }),
  ).toBeVisible();
});
