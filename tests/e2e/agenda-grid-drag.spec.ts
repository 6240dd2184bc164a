import { test, expect } from './fixtures';
import { AgendaPage, caller, seedLyon } from './pages/agenda-page';

test('drawing across an empty slot opens the new session panel with that day, times and room', async ({
  app,
  host,
}) => {
  const { meetingId } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);
  const africa = view.column(2);
  // From 14:05 down to 15:30 in the Africa room: snapped to the quarter hour.
  await view.drag(africa, africa, { fromY: 14 * 60 + 5, toY: 15 * 60 + 28 });
  await expect(view.panel('New session: Saturday 14 November, 14:00–15:30, Africa')).toBeVisible();
  // The grid stays usable beside the panel; Escape closes it.
  await expect(view.block('Opening plenary')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(view.panel(/^New session/)).toHaveCount(0);

  // Drawn upwards, at five-minute steps.
  await view.page
    .getByRole('radiogroup', { name: 'Snap to' })
    .getByText('5 min', { exact: true })
    .click();
  await view.drag(africa, africa, { fromY: 16 * 60 + 42, toY: 16 * 60 + 11 });
  await expect(view.panel('New session: Saturday 14 November, 16:10–16:45, Africa')).toBeVisible();
});

test('a block is moved to another room and another day, and resized, by mouse', async ({
  app,
  host,
}) => {
  const { meetingId, call, sessions } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);
  const stored = async (title: string) =>
    (await call('agenda.get', { meetingId })).sessions.find((s) => s.id === sessions.get(title))!;

  // To the Africa room, 30 minutes later (the pointer moves 30 px: a pixel a minute).
  const press = view.block('Press briefing');
  await view.drag(press, view.column(2), { toY: 11 * 60 + 42 });
  await expect(view.block('Press briefing')).toHaveAccessibleName(
    'Press briefing, 11:30–12:15, Africa, Other, tentative',
  );
  expect(await stored('Press briefing')).toMatchObject({ startMinute: 690, endMinute: 735 });
  await expect(view.undoButton).toHaveAccessibleName('Undo move of “Press briefing”');

  // Onto Sunday's tab: the same times and room on the next day, and the view follows it.
  await view.drag(
    view.block('Press briefing'),
    view.page.getByRole('tab', { name: /^Sunday 15/ }),
    {
      toY: 12,
    },
  );
  await expect(view.page.getByRole('tab', { name: /^Sunday 15 November/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(view.block('Press briefing')).toHaveAccessibleName(
    /^Press briefing, 11:30–12:15, Africa/,
  );
  expect((await stored('Press briefing')).day).toBe('2026-11-15');

  // The bottom edge dragged down 30 minutes makes it longer, nothing else; the top edge too.
  await view.resize(view.block('Press briefing'), 'end', 30);
  await expect(view.block('Press briefing')).toHaveAccessibleName(
    /^Press briefing, 11:30–12:45, Africa/,
  );
  await expect(view.undoButton).toHaveAccessibleName('Undo new length of “Press briefing”');
  await view.resize(view.block('Press briefing'), 'start', -45);
  await expect(view.block('Press briefing')).toHaveAccessibleName(
    /^Press briefing, 10:45–12:45, Africa/,
  );
});

test('in the overview, a session dragged onto another day moves there at the same time', async ({
  app,
  host,
}) => {
  const { meetingId } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);
  await view.view('All days');
  const overview = view.page.getByTestId('overview');
  const saturday = overview.getByRole('region', { name: 'Saturday 14 November' });
  const monday = overview.getByRole('region', { name: 'Monday 16 November' });
  await view.drag(saturday.getByRole('button', { name: /^Press briefing/ }), monday, { toY: 200 });
  await expect(
    monday.getByRole('button', { name: /^Press briefing, 11:00–11:45, Press room/ }),
  ).toBeVisible();
  await expect(saturday.getByRole('button', { name: /^Press briefing/ })).toHaveCount(0);
});

test('a clash appears as soon as a session is moved onto another, and goes with undo', async ({
  app,
  host,
}) => {
  const { meetingId } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);
  await expect(view.clashesButton).toHaveAccessibleName('4 clashes');

  // The prevention track dropped in the main hall, where the panel runs at the same time.
  const panel = view.block('Panel: industry and law enforcement');
  await view.drag(view.block('Prevention track'), panel, { toY: 12 });
  await expect(view.block('Prevention track')).toHaveAccessibleName(
    /^Prevention track, 16:00–17:00, Main hall/,
  );
  await expect(view.clashesButton).toHaveAccessibleName('5 clashes');
  await expect(view.block('Prevention track')).toHaveAccessibleDescription(
    /Clash: Main hall is also booked for “Panel: industry and law enforcement” at the same time/,
  );
  await expect(panel).toHaveAccessibleDescription(
    /Main hall is also booked for “Prevention track”/,
  );

  await app.keyboard.press('Control+z');
  await expect(view.clashesButton).toHaveAccessibleName('4 clashes');
  await expect(view.block('Prevention track')).toHaveAccessibleName(
    /^Prevention track, 16:00–17:00, Salle Interpol/,
  );
  await expect(view.page.getByText('Undone: move of “Prevention track”')).toBeVisible();
  await expect(view.redoButton).toHaveAccessibleName('Redo move of “Prevention track”');

  await app.keyboard.press('Control+y');
  await expect(view.clashesButton).toHaveAccessibleName('5 clashes');
  await app.keyboard.press('Control+Shift+z');
  await expect(view.redoButton).toHaveAccessibleName('Nothing to redo');
  await view.undoButton.click();
  await expect(view.clashesButton).toHaveAccessibleName('4 clashes');
});

test('a session dragged past midnight stops at the end of the day', async ({ app, host }) => {
  const { meetingId, call, rooms } = await seedLyon(host, { sessions: false });
  await call('agenda.createSession', {
    meetingId,
    session: {
      title: 'Late debrief',
      type: 'other',
      day: '2026-11-14',
      startMinute: 23 * 60,
      endMinute: 23 * 60 + 45,
      roomId: rooms[1]!,
    },
  });
  const view = new AgendaPage(app);
  await view.open(host, meetingId);
  await view.grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const late = view.block('Late debrief');
  await view.drag(late, late, { toY: 200 });
  await expect(late).toHaveAccessibleName(/^Late debrief, 23:15–24:00, Salle Interpol/);
  // Its end dragged beyond midnight stays at midnight too; and above 00:00 it cannot go.
  await view.resize(late, 'end', 120);
  await expect(late).toHaveAccessibleName(/^Late debrief, 23:15–24:00/);
});

test('a move into the hour the clocks skip is refused with the reason, and the block goes back', async ({
  app,
  host,
}) => {
  const call = caller(host);
  const meeting = await call('meetings.create', {
    title: 'Spring meeting',
    kind: 'working_group',
    startDate: '2026-03-28',
    endDate: '2026-03-29',
    timeZone: 'Europe/Paris',
  });
  const room = await call('agenda.createRoom', { meetingId: meeting.id, room: { name: 'Hall' } });
  await call('agenda.createSession', {
    meetingId: meeting.id,
    session: {
      title: 'Night watch',
      type: 'other',
      day: '2026-03-29',
      startMinute: 30,
      endMinute: 90,
      roomId: room.id,
    },
  });
  const view = new AgendaPage(app);
  await view.open(host, meeting.id);
  await view.day(/^Sunday 29 March/);
  const block = view.block('Night watch');
  await expect(block).toHaveAccessibleName(/^Night watch, 00:30–01:30/);
  // An hour later it would start at 01:30 and end at 02:30, which does not exist that night.
  await view.drag(block, block, { toY: 12 + 60 });
  await expect(
    view.page.getByText(
      '02:30 does not exist on that day in Europe/Paris: the clocks skip it. Choose another time.',
    ),
  ).toBeVisible();
  await expect(view.page.getByText('“Night watch” was not moved')).toBeVisible();
  await expect(block).toHaveAccessibleName(/^Night watch, 00:30–01:30/);
  expect((await call('agenda.get', { meetingId: meeting.id })).sessions[0]).toMatchObject({
    startMinute: 30,
    endMinute: 90,
  });
});
