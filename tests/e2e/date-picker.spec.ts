import { test, expect, type HostHandle } from './fixtures';
import { MeetingsPage } from './pages/meetings-page';
import { ParticipantsPage, seedMeeting } from './pages/participants-page';

/** The meetings the backend holds, so a test can prove what a form really saved. */
async function storedMeetings(host: HostHandle) {
  const reply = await host.backend.dispatch('meetings.list', {});
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value as { title: string; startDate: string; endDate: string }[];
}

test('an organiser types both days with the keyboard alone', async ({ app, host }) => {
  const form = new MeetingsPage(app);
  await form.openNew();
  await form.title.fill('Working Group on Online Exploitation');
  // Tab from the title through the kind to the first day, then type as people type dates.
  await form.title.press('Tab');
  await app.keyboard.press('Tab');
  await expect(form.firstDay).toBeFocused();
  await app.keyboard.type('14/11/2026');
  await app.keyboard.press('Tab');
  await expect(form.lastDay).toBeFocused();
  await app.keyboard.type('17 nov 2026');
  await app.keyboard.press('Tab');
  // Each day is shown back in the interface language's short form.
  await expect(form.firstDay).toHaveValue('14 Nov 2026');
  await expect(form.lastDay).toHaveValue('17 Nov 2026');
  await form.submit();
  await expect(
    app.getByRole('heading', { name: 'Working Group on Online Exploitation' }),
  ).toBeVisible();
  await expect(app.getByText('14–17 November 2026 · 4 days')).toBeVisible();
  expect(await storedMeetings(host)).toMatchObject([
    { startDate: '2026-11-14', endDate: '2026-11-17' },
  ]);
});

test('an organiser picks the days in the calendar with the mouse', async ({ app, host }) => {
  // An empty field's calendar opens on the current month: fix "today" so the test does not age.
  await app.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await app.reload();
  const form = new MeetingsPage(app);
  await form.openNew();
  await form.title.fill('Regional Working Group — Cotonou');
  await form.firstDay.click();
  const calendar = app.getByRole('button', { name: 'Next month' }).locator('xpath=../..');
  await app.getByRole('button', { name: 'Next month' }).click();
  await expect(calendar).toContainText('January 2027');
  await app.getByRole('button', { name: '25 January 2027', exact: true }).click();
  await expect(form.firstDay).toHaveValue('25 Jan 2027');
  // The last day's calendar opens on the first day's month.
  await form.lastDay.click();
  await expect(calendar).toContainText('January 2027');
  await app.getByRole('button', { name: 'Next month' }).click();
  await app.getByRole('button', { name: '2 February 2027', exact: true }).click();
  await expect(form.lastDay).toHaveValue('2 Feb 2027');
  await form.submit();
  await expect(app.getByText('25 Jan – 2 Feb 2027 · 9 days')).toBeVisible();
  expect(await storedMeetings(host)).toMatchObject([
    { startDate: '2027-01-25', endDate: '2027-02-02' },
  ]);
});

test('a year outside 1900–2200 is refused next to the field, and nothing is saved', async ({
  app,
  host,
}) => {
  const form = new MeetingsPage(app);
  await form.openNew();
  await form.fillBasics({ title: 'Typo meeting', start: '14/11/0226', end: '17/11/2026' });
  await form.title.click();
  await expect(form.firstDay).toHaveAccessibleDescription('Enter a year between 1900 and 2200.');
  await expect(form.firstDay).toHaveAttribute('aria-invalid', 'true');
  // What was typed stays, so the user sees what to correct.
  await expect(form.firstDay).toHaveValue('14/11/0226');
  await form.submit();
  await expect(form.firstDay).toHaveAccessibleDescription('Enter a year between 1900 and 2200.');
  expect(await storedMeetings(host)).toEqual([]);

  // The calendar offers nothing past 2200 either.
  await form.typeDay(form.lastDay, '31/12/2200');
  await form.lastDay.click();
  await expect(app.getByRole('button', { name: 'Next month' })).toBeDisabled();

  // Text that is no date at all says so, and a corrected year goes through.
  await form.typeDay(form.lastDay, 'next Tuesday');
  await form.title.click();
  await expect(form.lastDay).toHaveAccessibleDescription('Enter a real calendar date.');
  await form.typeDay(form.firstDay, '14/11/2026');
  await form.typeDay(form.lastDay, '17/11/2026');
  await form.submit();
  await expect(app.getByRole('heading', { name: 'Typo meeting' })).toBeVisible();
  expect(await storedMeetings(host)).toMatchObject([
    { startDate: '2026-11-14', endDate: '2026-11-17' },
  ]);
});

test('arrival and departure use the same picker, opening on the meeting’s days', async ({
  app,
  host,
}) => {
  const meetingId = await seedMeeting(host);
  const view = new ParticipantsPage(app);
  await view.open(host, meetingId);
  await view.cell(view.row('Dupont, Jean'), 'name').click();
  const panel = view.panel('Dupont, Jean');
  const arrival = panel.getByLabel('Arrival', { exact: true });
  const departure = panel.getByLabel('Departure', { exact: true });

  // A year typed with a digit missing is refused next to the field.
  await arrival.fill('13/11/226');
  await departure.click();
  await expect(arrival).toHaveAccessibleDescription('Enter a year between 1900 and 2200.');

  await arrival.fill('13/11/2026');
  await app.keyboard.press('Escape');
  await departure.click();
  // The departure's calendar opens on the arrival's month: the meeting's days are one click away.
  await app.getByRole('button', { name: '18 November 2026', exact: true }).click();
  await expect(departure).toHaveValue('18 Nov 2026');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel).toBeHidden();
  const rows = await host.backend.dispatch('registrations.list', { meetingId });
  expect(rows.ok && rows.value).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        familyNames: 'Dupont',
        arrivalDate: '2026-11-13',
        departureDate: '2026-11-18',
      }),
    ]),
  );
});
