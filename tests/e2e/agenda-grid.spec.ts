import { test, expect } from './fixtures';
import { AgendaPage, caller, seedLyon } from './pages/agenda-page';
import { ROOMS } from './agenda-grid-seed';

test('a day shows a column per room in order, breaks across them, clashes and tentative sessions', async ({
  app,
  host,
}) => {
  const { meetingId } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);

  await expect(view.page.getByRole('tab', { name: /^Saturday 14 November/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const heads = view.grid.getByTestId('column-head');
  await expect(heads).toHaveCount(10);
  await expect(heads.first()).toContainText('Main hall320 seats · Ground floor');
  for (const [i, room] of ROOMS.entries()) await expect(heads.nth(i)).toContainText(room.name);

  // The plenary is in the first column; its block says who chairs and speaks.
  const plenary = view.block('Opening plenary');
  await expect(plenary).toHaveAccessibleName('Opening plenary, 09:00–10:30, Main hall, Plenary');
  await expect(plenary).toContainText('Awa Diop, Fatima Al-Hassan');
  const first = (await view.column(0).boundingBox())!;
  const box = (await plenary.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(first.x);
  expect(box.x + box.width).toBeLessThanOrEqual(first.x + first.width);

  // A break in all rooms spans every column; the ten rooms fit the window without scrolling.
  const breakBox = (await view.block(/^Coffee break, 10:30–11:00/).boundingBox())!;
  const last = (await view.column(9).boundingBox())!;
  expect(breakBox.x).toBeLessThan(first.x + 10);
  expect(breakBox.x + breakBox.width).toBeGreaterThan(last.x + last.width - 10);
  expect(await view.grid.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

  await expect(view.block('Press briefing')).toHaveAccessibleName(/, tentative$/);
  // The hands-on session runs into the afternoon break: a clash, said on the block and counted.
  await expect(view.block('Hands-on: Darknet marketplaces')).toHaveAccessibleDescription(
    /Clash: Lab 2 is also booked for “Coffee break” at the same time/,
  );
  await expect(view.clashesButton).toHaveAccessibleName('4 clashes');
  await expect(view.page.getByText('54 sessions · 10 rooms · 4 clashes')).toBeVisible();

  // The press room is closed on the last day: its column says so.
  await view.day(/^Tuesday 17 November/);
  await expect(heads.nth(9)).toContainText('Closed this day');
  await expect(view.block('Award ceremony')).toBeAttached();

  // A session not placed in a room yet gets a column of its own, after the rooms.
  await caller(host)('agenda.createSession', {
    meetingId,
    session: {
      title: 'Side meeting',
      type: 'other',
      day: '2026-11-17',
      startMinute: 600,
      endMinute: 660,
    },
  });
  await expect(heads).toHaveCount(11);
  await expect(heads.last()).toContainText('No roomNot placed yet');
  await expect(view.block('Side meeting')).toHaveAccessibleName(
    'Side meeting, 10:00–11:00, No room, Other',
  );
});

test('the overview, the room view and the list switch views, and open a day', async ({
  app,
  host,
}) => {
  const { meetingId } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);

  await view.view('All days');
  const overview = view.page.getByTestId('overview');
  await expect(overview.getByRole('region')).toHaveCount(4);
  const monday = overview.getByRole('region', { name: 'Monday 16 November' });
  await expect(monday).toContainText('14 sessions');
  await expect(
    monday.getByRole('button', { name: /^Regional workshop: Africa, 11:00–12:30, Africa/ }),
  ).toBeVisible();
  await monday.getByRole('button', { name: 'Open Monday 16 November' }).click();
  await expect(view.page.getByRole('tab', { name: /^Monday 16 November/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(view.grid).toHaveAccessibleName('Timetable of Monday 16 November');

  await view.view('By room');
  await view.page.getByRole('combobox', { name: 'Room' }).click();
  await view.page.getByRole('option', { name: 'Lab 2' }).click();
  await expect(view.grid).toHaveAccessibleName('Timetable of Lab 2, every day');
  const heads = view.grid.getByTestId('column-head');
  await expect(heads).toHaveText([/^Sat 14 Nov/, /^Sun 15 Nov/, /^Mon 16 Nov/, /^Tue 17 Nov/]);
  // The room's own sessions and those in every room, on each day.
  await expect(
    view.page.getByRole('button', { name: /^Hands-on: Darknet marketplaces/ }),
  ).toHaveCount(4);
  await expect(
    view.page.getByRole('button', { name: /^Lunch, 12:30–14:00, All rooms/ }),
  ).toHaveCount(4);

  await view.view('List');
  await expect(view.grid).toHaveCount(0);
  await expect(overview).toHaveCount(0);
});

test('filters by type and room narrow the grid; a filter that hides everything says so', async ({
  app,
  host,
}) => {
  const { meetingId } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);

  await view.filter('Type', 'Break', 'Meal');
  await expect(view.page.getByRole('button', { name: 'Filter by Type, 2 chosen' })).toBeVisible();
  await expect(view.grid.locator('[data-session-id]')).toHaveCount(3);
  await expect(view.block('Opening plenary')).toHaveCount(0);
  await expect(
    view.page.getByRole('tab', { name: /^Sunday 15 November, 3 sessions/ }),
  ).toBeVisible();
  await view.page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(view.block('Opening plenary')).toBeVisible();

  // A room filter keeps that room's column, and the sessions held in every room.
  await view.filter('Room', 'Africa');
  await expect(view.grid.getByTestId('column-head')).toHaveText([/^Africa/]);
  await view.day(/^Sunday 15 November/);
  await expect(view.block('Regional workshop: Africa')).toBeVisible();
  await expect(view.block(/^Coffee break, 10:30/)).toBeVisible();
  await expect(view.block('Regional workshop: Europe')).toHaveCount(0);
  await view.page.getByRole('button', { name: 'Clear filters' }).click();

  await view.filter('Type', 'Social event');
  await expect(
    view.page.getByRole('heading', { name: 'No session matches the filters' }),
  ).toBeVisible();
  await expect(
    view.page.getByText('All 54 sessions of the programme are hidden by the filters.'),
  ).toBeVisible();
  await view.page.getByRole('button', { name: 'Clear filters' }).last().click();
  await expect(view.grid.locator('[data-session-id]').first()).toBeVisible();

  // No track exists yet: the filter says there is nothing to choose.
  await view.page.getByRole('button', { name: 'Filter by Track' }).click();
  await expect(view.page.getByText('Nothing to choose yet')).toBeVisible();
});

test('a meeting without rooms explains and offers to manage rooms; rooms without sessions guide', async ({
  app,
  host,
}) => {
  const call = caller(host);
  const empty = await call('meetings.create', {
    title: 'Working group',
    kind: 'working_group',
    startDate: '2026-09-22',
    endDate: '2026-09-24',
    timeZone: 'Africa/Porto-Novo',
  });
  const view = new AgendaPage(app);
  await view.open(host, empty.id);
  await expect(view.page.getByRole('heading', { name: 'No rooms yet' })).toBeVisible();
  await expect(view.page.getByRole('button', { name: 'Manage rooms' })).toHaveCount(2);
  await expect(view.grid).toHaveCount(0);

  await call('agenda.createRoom', { meetingId: empty.id, room: { name: 'Salle des fêtes' } });
  await view.page.reload();
  await expect(view.grid.getByTestId('column-head')).toHaveText([/^Salle des fêtes/]);
  await expect(view.page.getByRole('status').filter({ hasText: 'No sessions yet' })).toContainText(
    'Drag down a room’s column to draw a session',
  );
});

test('the timetable at 1366×860 with ten rooms, in English and in French', async ({
  app,
  host,
}, testInfo) => {
  const { meetingId } = await seedLyon(host);
  const view = new AgendaPage(app);
  await view.open(host, meetingId);
  await view.day(/^Monday 16 November/);
  await expect(view.block('Regional workshop: Europe')).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('agenda-day-en.png') });
  await view.view('All days');
  await app.screenshot({ path: testInfo.outputPath('agenda-overview-en.png') });

  await app.getByText('Français', { exact: true }).click();
  await expect(view.page.getByRole('heading', { name: 'Programme', level: 2 })).toBeVisible();
  await view.page
    .getByRole('radiogroup', { name: 'Affichage' })
    .getByText('Jour', { exact: true })
    .click();
  await expect(
    view.page.getByRole('tab', { name: /^lundi 16 novembre, 14 sessions/ }),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(view.grid.getByTestId('column-head').first()).toContainText('320 places');
  await expect(view.page.getByRole('button', { name: '4 conflits' })).toBeVisible();
  await expect(view.undoButton).toHaveAccessibleName('Annuler l’ajout de « Award ceremony »');
  await app.screenshot({ path: testInfo.outputPath('agenda-day-fr.png') });
});
