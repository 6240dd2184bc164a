import { test, expect } from './fixtures';
import { AgendaPage, seedLyon } from './pages/agenda-page';

test('a session is moved, resized and dropped by keyboard, each step announced', async ({
  app,
  host,
}) => {
  const { meetingId, call, sessions } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);
  const plenary = view.block('Opening plenary');
  await plenary.focus();
  await expect(plenary).toHaveAccessibleDescription(/To move a session, press Space/);

  await app.keyboard.press('Space');
  await expect(view.announcement).toHaveText(
    'Picked up “Opening plenary”: Saturday 14 November, 09:00–10:30, Main hall.',
  );
  await app.keyboard.press('ArrowDown');
  await expect(view.announcement).toHaveText(
    '“Opening plenary”: Saturday 14 November, 09:15–10:45, Main hall.',
  );
  await app.keyboard.press('ArrowRight');
  await expect(view.announcement).toHaveText(
    '“Opening plenary”: Saturday 14 November, 09:15–10:45, Salle Interpol.',
  );
  await app.keyboard.press('Shift+ArrowDown');
  await expect(view.announcement).toHaveText(
    '“Opening plenary”: Saturday 14 November, 09:15–11:00, Salle Interpol.',
  );
  await expect(view.page.getByTestId('drag-status')).toHaveText(
    '“Opening plenary” → Saturday 14 November, 09:15–11:00, Salle Interpol',
  );
  await app.keyboard.press('Space');
  await expect(view.announcement).toHaveText(
    '“Opening plenary” moved to Saturday 14 November, 09:15–11:00, Salle Interpol.',
  );
  await expect(plenary).toHaveAccessibleName(
    'Opening plenary, 09:15–11:00, Salle Interpol, Plenary',
  );
  await expect(plenary).toBeFocused();
  const stored = (await call('agenda.get', { meetingId })).sessions.find(
    (s) => s.id === sessions.get('Opening plenary'),
  );
  expect(stored).toMatchObject({ startMinute: 555, endMinute: 660 });
  await expect(view.undoButton).toHaveAccessibleName('Undo move of “Opening plenary”');

  // Five-minute steps; the start edge with Alt; Page Down to the next day, followed by the view.
  await view.page
    .getByRole('radiogroup', { name: 'Snap to' })
    .getByText('5 min', { exact: true })
    .click();
  await plenary.focus();
  await app.keyboard.press('Space');
  await app.keyboard.press('Alt+ArrowUp');
  await expect(view.announcement).toHaveText(
    '“Opening plenary”: Saturday 14 November, 09:10–11:00, Salle Interpol.',
  );
  await app.keyboard.press('PageDown');
  await expect(view.announcement).toHaveText(
    '“Opening plenary”: Sunday 15 November, 09:10–11:00, Salle Interpol.',
  );
  await app.keyboard.press('Enter');
  await expect(view.page.getByRole('tab', { name: /^Sunday 15 November/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(view.block('Opening plenary')).toBeFocused();
});

test('a move is cancelled with Escape, and stops at the edges of the day and of the rooms', async ({
  app,
  host,
}) => {
  const { meetingId } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);
  const keynote = view.block(/^Keynote: the victims/);
  await keynote.focus();
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowLeft');
  await expect(view.announcement).toHaveText(
    '“Keynote: the victims we have not found yet” cannot go further that way: Saturday 14 November, 11:00–12:30, Main hall.',
  );
  await app.keyboard.press('PageUp');
  await expect(view.announcement).toContainText('cannot go further that way');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Escape');
  await expect(view.announcement).toHaveText(
    'Move cancelled: “Keynote: the victims we have not found yet” stays at Saturday 14 November, 11:00–12:30, Main hall.',
  );
  await expect(keynote).toHaveAccessibleName(
    /^Keynote: the victims we have not found yet, 11:00–12:30, Main hall/,
  );
  // Escape ended the move only: the keynote was never opened.
  await expect(view.panel(/^Session:/)).toHaveCount(0);
});

test('Enter opens the panel beside the grid, Escape closes it; the clash list opens beside it too', async ({
  app,
  host,
}) => {
  const { meetingId } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);
  await view.block('Hands-on: hash sets and triage').focus();
  await app.keyboard.press('Enter');
  await expect(view.panel('Session: Hands-on: hash sets and triage')).toBeVisible();
  // The grid beside it is still there and still works.
  await view.block('Opening plenary').click();
  await expect(view.panel('Session: Opening plenary')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(view.panel(/^Session:/)).toHaveCount(0);

  await view.clashesButton.click();
  await expect(view.panel('4 clashes')).toBeVisible();
});

test('duplicate, delete with undo, and a break in all rooms; Ctrl+Z leaves text fields alone', async ({
  app,
  host,
}) => {
  const { meetingId } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);

  await view.block('Opening plenary').focus();
  await app.keyboard.press('Control+d');
  await expect(
    view.page.getByText('A copy of “Opening plenary” was added after it.'),
  ).toBeVisible();
  await expect(view.block('Opening plenary')).toHaveCount(2);
  await expect(view.block(/^Opening plenary, 10:30–12:00, Main hall/)).toBeFocused();
  await expect(view.undoButton).toHaveAccessibleName('Undo copy of “Opening plenary”');

  // The context menu duplicates too, and moves to another day.
  await view.block('Press briefing').click({ button: 'right' });
  await view.page.getByRole('menuitem', { name: 'Move to Monday 16 November' }).click();
  await expect(view.block('Press briefing')).toHaveCount(0);
  await view.day(/^Monday 16 November/);
  await expect(view.block('Press briefing')).toBeVisible();

  await view.block('Press briefing').focus();
  await app.keyboard.press('Delete');
  const deleted = view.page.getByText('“Press briefing” was deleted.');
  await expect(deleted).toBeVisible();
  await expect(view.block('Press briefing')).toHaveCount(0);
  await view.page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(view.block('Press briefing')).toBeVisible();

  // A break in every room, in one action; bad times are said next to the field.
  await view.page.getByRole('button', { name: 'Add break' }).click();
  const form = view.page.getByRole('form', { name: 'Add a break in all rooms' });
  await form.getByLabel('Title').fill('Afternoon tea');
  await form.getByLabel('Start').fill('16:45');
  await form.getByLabel('End').fill('16:30');
  await form.getByRole('button', { name: 'Add in all rooms' }).click();
  await expect(form.getByText('The end time cannot be before the start time.')).toBeVisible();
  await form.getByLabel('End').fill('25h00');
  await form.getByRole('button', { name: 'Add in all rooms' }).click();
  await expect(form.getByText('Write a time as hours and minutes, such as 09:30.')).toBeVisible();
  // Ctrl+Z in a text field undoes typing, not the programme.
  await form.getByLabel('End').fill('17h00');
  await form.getByLabel('End').press('Control+z');
  await expect(form.getByLabel('End')).toHaveValue('25h00');
  await expect(view.block('Press briefing')).toBeVisible();
  await form.getByLabel('End').fill('17h00');
  await form.getByRole('button', { name: 'Add in all rooms' }).click();
  await expect(
    view.page.getByText('“Afternoon tea” (16:45–17:00) added in all rooms.'),
  ).toBeVisible();
  const tea = view.block('Afternoon tea');
  await expect(tea).toHaveAccessibleName('Afternoon tea, 16:45–17:00, All rooms, Break');
  const width = (await tea.boundingBox())!.width;
  expect(width).toBeGreaterThan(9 * (await view.column(0).boundingBox())!.width);

  await view.block('Press briefing').focus();
  await app.keyboard.press('Control+z');
  await expect(tea).toHaveCount(0);
  await app.keyboard.press('Control+y');
  await expect(view.block('Afternoon tea')).toBeVisible();
});

test('an undo whose session was changed elsewhere since is refused with the reason', async ({
  app,
  host,
}) => {
  const { meetingId, sessions } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);
  const plenary = view.block('Opening plenary');
  await plenary.focus();
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Space');
  await expect(plenary).toHaveAccessibleName(/^Opening plenary, 09:15–10:45/);
  // Another window renames the session, outside this page's history.
  host.backend.db
    .prepare("UPDATE session SET title = 'Opening plenary (renamed)' WHERE id = ?")
    .run(sessions.get('Opening plenary'));
  await app.keyboard.press('Control+z');
  await expect(
    view.page.getByText(
      '“Opening plenary” was changed since, so that edit can no longer be undone. Undo again to go further back.',
    ),
  ).toBeVisible();
  await expect(view.undoButton).toHaveAccessibleName('Undo adding “Award ceremony”');
});

test('the keyboard moves are announced in French', async ({ app, host }) => {
  const { meetingId } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);
  await app.getByText('Français', { exact: true }).click();
  const plenary = view.page.getByRole('button', {
    name: /^Opening plenary, 09:00–10:30, Main hall, Plénière/,
  });
  await plenary.focus();
  await app.keyboard.press('Space');
  await expect(view.announcement).toHaveText(
    '« Opening plenary » saisie : samedi 14 novembre, 09:00–10:30, Main hall.',
  );
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Space');
  await expect(view.announcement).toHaveText(
    '« Opening plenary » déplacée : samedi 14 novembre, 09:15–10:45, Main hall.',
  );
  await expect(view.undoButton).toHaveAccessibleName(
    'Annuler le déplacement de « Opening plenary »',
  );
});
