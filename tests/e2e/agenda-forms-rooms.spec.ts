import { test, expect } from './fixtures';
import { seed } from './people-seed';
import { AgendaFormsPage, agendaOf, seedAgenda } from './pages/agenda-forms';

test('rooms: add with seats, place and closed days, edit, and refuse a nameless one', async ({
  app,
  host,
}) => {
  const given = await seedAgenda(host);
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  await view.openRooms();
  const dialog = view.roomsDialog;
  await expect(
    dialog.getByRole('list', { name: 'Rooms, in column order' }).getByRole('listitem'),
  ).toHaveCount(2);

  await dialog.getByRole('button', { name: 'Add a room' }).click();
  const form = dialog.getByRole('form', { name: 'Add a room' });
  await form.getByRole('button', { name: 'Add room' }).click();
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
    'This field is required.',
  );
  await form.getByRole('textbox', { name: 'Name' }).fill('Salle Europe');
  await form.getByRole('textbox', { name: 'Seats' }).fill('45');
  await form.getByRole('textbox', { name: 'Location' }).fill('Second floor, west wing');
  await form.getByText('Tue 17 Nov', { exact: true }).click();
  await expect(form.getByRole('checkbox', { name: 'Tue 17 Nov' })).toBeChecked();
  await form.getByRole('button', { name: 'Add room' }).click();
  await expect(form).toBeHidden();
  const europe = dialog.getByRole('listitem').filter({ hasText: 'Salle Europe' });
  await expect(europe).toContainText('45 seats');
  await expect(europe).toContainText('Second floor, west wing');
  await expect(europe).toContainText('Closed Tue 17 Nov');

  await dialog.getByRole('button', { name: 'Edit Salle Europe' }).click();
  const edit = dialog.getByRole('form', { name: 'Edit Salle Europe' });
  await edit.getByRole('textbox', { name: 'Seats' }).fill('60');
  await edit.getByText('Mon 16 Nov', { exact: true }).click();
  await edit.getByRole('button', { name: 'Save room' }).click();
  await expect(europe).toContainText('60 seats');
  expect((await agendaOf(host, given.meetingId)).rooms.at(-1)).toMatchObject({
    name: 'Salle Europe',
    capacity: 60,
    location: 'Second floor, west wing',
    closedDays: ['2026-11-16', '2026-11-17'],
  });
  // Escape leaves the room form first, then the dialog.
  await dialog.getByRole('button', { name: 'Edit Salle 2' }).click();
  await app.keyboard.press('Escape');
  await expect(dialog.getByRole('form')).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('rooms are reordered by keyboard and by mouse, and the order is kept', async ({
  app,
  host,
}) => {
  const given = await seedAgenda(host);
  await seed(host, 'agenda.createRoom', { meetingId: given.meetingId, room: { name: 'Salle 3' } });
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  await view.openRooms();
  const dialog = view.roomsDialog;
  const order = async () => (await agendaOf(host, given.meetingId)).rooms.map((r) => r.name);

  // Keyboard: Space picks the room up, the arrows move it, Space drops it; said aloud.
  const handle = dialog.getByRole('button', { name: 'Reorder Salle 3' });
  await handle.focus();
  await app.keyboard.press('Space');
  const said = dialog.getByRole('status');
  await expect(said).toHaveText('Salle 3 is at position 3 of 3.');
  await app.keyboard.press('ArrowUp');
  await expect(said).toHaveText('Salle 3 is at position 2 of 3.');
  await app.keyboard.press('ArrowUp');
  // Escape cancels the drag, not the dialog.
  await app.keyboard.press('Escape');
  await expect(said).toHaveText('Reordering cancelled; Salle 3 is back where it was.');
  await expect(dialog).toBeVisible();
  await expect.poll(order).toEqual(['Grand amphithéâtre', 'Salle 2', 'Salle 3']);
  await handle.focus();
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('Space');
  await expect(said).toHaveText('Salle 3 dropped at position 1 of 3.');
  await expect.poll(order).toEqual(['Salle 3', 'Grand amphithéâtre', 'Salle 2']);
  await expect(view.notice('Rooms reordered.')).toBeVisible();

  // Mouse: drag Salle 2 by its handle above the hall.
  const from = await dialog.getByRole('button', { name: 'Reorder Salle 2' }).boundingBox();
  const to = await dialog.getByRole('button', { name: 'Reorder Grand amphithéâtre' }).boundingBox();
  await app.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await app.mouse.down();
  await app.mouse.move(from!.x + from!.width / 2, from!.y - 10, { steps: 5 });
  await app.mouse.move(to!.x + to!.width / 2, to!.y + 2, { steps: 10 });
  await app.mouse.up();
  await expect.poll(order).toEqual(['Salle 3', 'Salle 2', 'Grand amphithéâtre']);

  await view.undo('Rooms reordered.');
  await expect.poll(order).toEqual(['Salle 3', 'Grand amphithéâtre', 'Salle 2']);
});

for (const choice of ['unassign', 'move', 'delete'] as const) {
  test(`deleting a room still used lists its sessions and asks what to do with them: ${choice}`, async ({
    app,
    host,
  }) => {
    const given = await seedAgenda(host);
    await given.session({ title: 'Workshop Africa', roomId: given.salle2, startMinute: 600 });
    await given.session({
      title: 'Workshop Europe',
      roomId: given.salle2,
      day: '2026-11-16',
      startMinute: 840,
      endMinute: 930,
    });
    await given.session({ title: 'Opening plenary', allRooms: true, day: '2026-11-14' });
    const before = await agendaOf(host, given.meetingId);
    const view = new AgendaFormsPage(app);
    await view.open(host, given.meetingId);
    await view.openRooms();
    await view.roomsDialog.getByRole('button', { name: 'Delete Salle 2' }).click();

    const ask = app.getByRole('dialog', { name: 'Delete “Salle 2”?' });
    await expect(ask).toContainText('“Salle 2” still holds 2 sessions:');
    await expect(
      ask.getByRole('list', { name: 'Sessions in this room' }).getByRole('listitem'),
    ).toHaveText([
      'Sun 15 Nov 10:00–11:00 · Workshop Africa',
      'Mon 16 Nov 14:00–15:30 · Workshop Europe',
    ]);
    const label = {
      unassign: 'Keep them, without a room (place them again later)',
      move: 'Move them to another room',
      delete: 'Delete them with the room',
    }[choice];
    await ask.getByRole('radio', { name: label }).check();
    const confirm = ask.getByRole('button', { name: 'Delete room' });
    if (choice === 'move') {
      await expect(confirm).toBeDisabled();
      await view.pick(ask, 'Room to move to', 'Grand amphithéâtre');
    }
    await confirm.click();
    await expect(ask).toBeHidden();
    await expect(view.notice('Room “Salle 2” deleted.')).toBeVisible();
    await expect(view.roomsDialog.getByRole('listitem')).toHaveCount(1);

    const after = await agendaOf(host, given.meetingId);
    expect(after.rooms.map((r) => r.name)).toEqual(['Grand amphithéâtre']);
    const workshops = after.sessions.filter((s) => s.title.startsWith('Workshop'));
    if (choice === 'delete') expect(workshops).toEqual([]);
    else
      expect(workshops.map((s) => s.roomId)).toEqual(
        choice === 'move' ? [given.hall, given.hall] : [null, null],
      );
    // The plenary in every room is not in Salle 2 and stays as it was.
    expect(after.sessions.find((s) => s.title === 'Opening plenary')).toEqual(
      before.sessions.find((s) => s.title === 'Opening plenary'),
    );

    // Undo puts the room and its sessions back exactly.
    await view.undo('Room “Salle 2” deleted.');
    await expect(view.roomsDialog.getByRole('listitem')).toHaveCount(2);
    const restored = await agendaOf(host, given.meetingId);
    expect(restored.rooms).toEqual(before.rooms);
    expect(restored.sessions).toEqual(before.sessions);
  });
}

test('a room holding no session is deleted at once, with Undo', async ({ app, host }) => {
  const given = await seedAgenda(host);
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  await view.openRooms();
  await view.roomsDialog.getByRole('button', { name: 'Delete Salle 2' }).click();
  await expect(view.roomsDialog.getByRole('listitem')).toHaveCount(1);
  await view.undo('Room “Salle 2” deleted.');
  await expect(view.roomsDialog.getByRole('listitem')).toHaveCount(2);
});

test('tracks are added, suggested, renamed and deleted; type colours change and reset', async ({
  app,
  host,
}) => {
  const given = await seedAgenda(host);
  const track = await seed(host, 'agenda.createTrack', {
    meetingId: given.meetingId,
    name: 'Darknet',
  });
  await given.session({ title: 'Dark web markets', trackId: track.id });
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  await view.openRooms();
  const dialog = view.roomsDialog;
  await dialog.getByRole('tab', { name: 'Tracks (1)' }).click();
  // Darknet exists already: not suggested again.
  await expect(dialog.getByRole('button', { name: 'Darknet', exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Victim identification', exact: true }).click();
  await dialog.getByRole('textbox', { name: 'New track' }).fill('Cooperation with platforms');
  await dialog.getByRole('button', { name: 'Add track' }).click();
  await expect(dialog.getByRole('tab', { name: 'Tracks (3)' })).toBeVisible();

  const darknet = dialog.getByRole('textbox', { name: 'Name of the track Darknet' });
  await darknet.fill('Darknet and encryption');
  await darknet.press('Enter');
  await expect(view.notice('Track renamed to “Darknet and encryption”.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete the track Darknet and encryption' }).click();
  await expect(
    view.notice('Track “Darknet and encryption” deleted; its session keeps its place.'),
  ).toBeVisible();
  let agenda = await agendaOf(host, given.meetingId);
  expect(agenda.tracks.map((t) => t.name)).toEqual([
    'Victim identification',
    'Cooperation with platforms',
  ]);
  expect(agenda.sessions[0]).toMatchObject({
    title: 'Dark web markets',
    trackId: null,
    startMinute: 600,
  });

  await dialog.getByRole('tab', { name: 'Session colours' }).click();
  const keynote = dialog.getByRole('textbox', { name: 'Keynote' });
  await expect(keynote).toHaveValue('#7048e8');
  await expect(dialog.getByRole('button', { name: 'Reset the colour of Keynote' })).toBeHidden();
  await keynote.fill('#123456');
  await keynote.press('Tab');
  await expect
    .poll(async () => (await agendaOf(host, given.meetingId)).typeColours.keynote)
    .toBe('#123456');
  await dialog.getByRole('button', { name: 'Reset the colour of Keynote' }).click();
  await expect(keynote).toHaveValue('#7048e8');
  agenda = await agendaOf(host, given.meetingId);
  expect(agenda.typeColours.keynote).toBe('#7048e8');
});
