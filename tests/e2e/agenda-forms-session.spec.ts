import { test, expect } from './fixtures';
import { seed } from './people-seed';
import { AgendaFormsPage, agendaOf, seedAgenda } from './pages/agenda-forms';

test('a new session takes every field, people found by typing, and lands in the list', async ({
  app,
  host,
}) => {
  const given = await seedAgenda(host);
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  await view.newSession();
  const panel = view.panel;
  await expect(panel.getByRole('heading', { name: 'New session', level: 2 })).toBeVisible();
  // The title has the focus: typing starts at once.
  await app.keyboard.type('Case study: travelling sex offenders');

  await view.pick(panel, 'Type', 'Case study');
  await view.pick(panel, 'Day', 'Sunday 15 November');
  // Times as people type them; shown back in 24 h.
  const start = view.textbox('Start');
  await start.fill('1430');
  await start.press('Tab');
  await expect(start).toHaveValue('14:30');
  const end = view.textbox('End');
  await end.fill('15h');
  await end.press('ArrowUp');
  await expect(end).toHaveValue('15:15');
  await end.press('PageUp');
  await expect(end).toHaveValue('16:15');
  await expect(panel.getByText('Lasts 1 h 45')).toBeVisible();
  await view.pick(panel, 'Room', 'Salle 2 · 30 seats');
  // A suggested track is created when picked.
  await view.pick(panel, 'Track', 'Prevention');
  await expect(panel.getByRole('combobox', { name: 'Track' })).toHaveValue('Prevention');
  // The presenter fields belong to case studies.
  await view.pick(panel, 'Presenting country', 'France');
  await panel.getByText('Tentative', { exact: true }).click();
  await expect(panel.getByRole('radio', { name: 'Tentative' })).toBeChecked();
  await view
    .textbox('Description')
    .fill('How two police forces followed an offender across borders.');

  // People: found as you type among the meeting's registrations, with their status.
  await view.addPerson('diop', 'Aminata Diop');
  await view.addPerson('NUNEZ', 'Ana Núñez');
  await view.addPerson('ndiaye', 'Moussa Ndiaye');
  await expect(view.people).toHaveCount(3);
  await expect(view.people.nth(2)).toContainText('Declined');
  // Clashes show as the form changes, before saving.
  await expect(view.panelClashes.getByRole('listitem')).toHaveText([
    'Moussa Ndiaye (speaker) in “Case study: travelling sex offenders” has declined the invitation.',
  ]);
  await panel.getByRole('combobox', { name: 'Role of Aminata Diop' }).selectOption('Chair');
  await panel.getByRole('button', { name: 'Move Ana Núñez up' }).click();
  await panel.getByRole('button', { name: 'Remove Moussa Ndiaye from the session' }).click();
  await expect(view.people).toHaveCount(2);
  await expect(view.people.first()).toContainText('Ana Núñez');

  await panel.getByRole('textbox', { name: 'Expected audience' }).fill('25');
  await expect(view.panelClashes).toBeHidden();
  await panel.getByRole('checkbox', { name: 'Law enforcement only' }).check();
  await view.save.click();

  await expect(view.notice('“Case study: travelling sex offenders” created.')).toBeVisible();
  await expect(panel).toBeHidden();
  const row = view.listRow('Case study: travelling sex offenders');
  await expect(row).toContainText('Sun 15 Nov · 14:30–16:15');
  await expect(row).toContainText('Salle 2');
  await expect(row).toContainText('Prevention');
  await expect(row).toContainText('Ana Núñez (speaker), Aminata Diop (chair)');

  const agenda = await agendaOf(host, given.meetingId);
  const saved = agenda.sessions.find((s) => s.title.startsWith('Case study'));
  expect(saved).toMatchObject({
    type: 'case_study',
    day: '2026-11-15',
    startMinute: 14 * 60 + 30,
    endMinute: 16 * 60 + 15,
    roomId: given.salle2,
    allRooms: false,
    trackId: agenda.tracks.find((t) => t.name === 'Prevention')!.id,
    presenterCountryCode: 'FR',
    tentative: true,
    restricted: true,
    expectedAudience: 25,
    description: 'How two police forces followed an offender across borders.',
    people: [
      { registrationId: given.reg('Núñez'), role: 'speaker' },
      { registrationId: given.reg('Diop'), role: 'chair' },
    ],
  });

  // Opened again, it shows what was saved.
  await view.openSession('Case study: travelling sex offenders');
  await expect(view.textbox('Start')).toHaveValue('14:30');
  await expect(panel.getByRole('combobox', { name: 'Room' })).toHaveValue('Salle 2 · 30 seats');
  await expect(panel.getByRole('radio', { name: 'Tentative' })).toBeChecked();
});

test('a regional workshop asks for its region; "all rooms" and a new track named on the spot', async ({
  app,
  host,
}) => {
  const given = await seedAgenda(host);
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  await view.newSession();
  const panel = view.panel;
  await view.textbox('Title').fill('Workshop Africa');
  await expect(panel.getByRole('combobox', { name: 'Region' })).toHaveCount(0);
  await view.pick(panel, 'Type', 'Regional workshop');
  await view.pick(panel, 'Region', 'Africa');
  await view.pick(panel, 'Room', 'All rooms');
  await view.pick(panel, 'Track', 'New track…');
  const name = panel.getByRole('textbox', { name: 'Name of the new track' });
  await name.fill('Regional challenges');
  await name.press('Enter');
  await expect(panel.getByRole('combobox', { name: 'Track' })).toHaveValue('Regional challenges');
  await view.save.click();
  await expect(view.listRow('Workshop Africa')).toContainText('All rooms');
  const agenda = await agendaOf(host, given.meetingId);
  expect(agenda.sessions.find((s) => s.title === 'Workshop Africa')).toMatchObject({
    type: 'regional_workshop',
    region: 'africa',
    allRooms: true,
    roomId: null,
    trackId: agenda.tracks.find((t) => t.name === 'Regional challenges')!.id,
  });
});

test('an end before the start, a zero-length session and an impossible time are refused next to the field', async ({
  app,
  host,
}) => {
  const given = await seedAgenda(host);
  await given.session({ title: 'Coffee break', type: 'break' });
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  await view.openSession('Coffee break');
  const start = view.textbox('Start');
  const end = view.textbox('End');

  await end.fill('09:45');
  await view.save.click();
  await expect(end).toHaveAccessibleDescription('The end time cannot be before the start time.');
  await expect(view.panel.getByRole('alert')).toHaveText('Some fields need attention.');

  await end.fill('10:00');
  await expect(end).toHaveAccessibleDescription(
    'The session ends when it starts: give it at least a minute.',
  );
  await view.save.click();
  await expect(view.panel).toBeVisible();

  await start.fill('25:10');
  await expect(start).toHaveAccessibleDescription('Enter a time such as 09:30 (24-hour clock).');
  await start.fill('09:30');
  await end.fill('');
  await view.save.click();
  await expect(end).toHaveAccessibleDescription('This field is required.');
  await end.fill('10:15');
  await view.save.click();
  await expect(view.panel).toBeHidden();
  // Nothing but the last, good version reached the backend.
  const agenda = await agendaOf(host, given.meetingId);
  expect(agenda.sessions[0]).toMatchObject({ startMinute: 570, endMinute: 615 });
});

for (const { day, time, message } of [
  {
    day: '2026-03-29',
    time: '02:30',
    message:
      '02:30 does not exist on that day in Europe/Paris: the clocks skip it. Choose another time.',
  },
  {
    day: '2026-10-25',
    time: '02:15',
    message:
      '02:15 happens twice on that day in Europe/Paris (the clocks go back). Choose a time outside that hour.',
  },
]) {
  test(`on the clock-change day ${day}, ${time} is refused next to its field`, async ({
    app,
    host,
  }) => {
    const [y, m, d] = day.split('-');
    const meeting = await seed(host, 'meetings.create', {
      title: 'Night shift working group',
      kind: 'working_group',
      startDate: `${y}-${m}-${String(Number(d) - 1).padStart(2, '0')}`,
      endDate: `${y}-${m}-${String(Number(d) + 1).padStart(2, '0')}`,
      timeZone: 'Europe/Paris',
    });
    const view = new AgendaFormsPage(app);
    await view.open(host, meeting.id);
    await view.newSession();
    const panel = view.panel;
    await view.textbox('Title').fill('Night briefing');
    await view.pick(panel, 'Day', new RegExp(`^Sunday ${Number(d)} (March|October)$`));
    await view.textbox('Start').fill(time);
    await view.textbox('End').fill('04:00');
    await view.save.click();
    // The backend refuses it; the message lands next to the start, the panel stays open.
    await expect(view.textbox('Start')).toHaveAccessibleDescription(message);
    await expect(panel.getByRole('alert')).toHaveText('Some fields need attention.');
    expect((await agendaOf(host, meeting.id)).sessions).toEqual([]);
    // The hour after the change is fine.
    await view.textbox('Start').fill('03:00');
    await view.save.click();
    await expect(panel).toBeHidden();
    expect((await agendaOf(host, meeting.id)).sessions).toMatchObject([
      { title: 'Night briefing', day, startMinute: 180, endMinute: 240 },
    ]);
  });
}
