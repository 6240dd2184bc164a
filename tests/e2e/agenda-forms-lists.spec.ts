import { test, expect } from './fixtures';
import { seed } from './people-seed';
import { AgendaFormsPage, seedAgenda } from './pages/agenda-forms';

/** Sessions with one clash of each kind the list groups. */
async function seedClashes(host: Parameters<typeof seedAgenda>[0]) {
  const given = await seedAgenda(host);
  await seed(host, 'agenda.updateRoom', {
    id: given.hall,
    room: { name: 'Grand amphithéâtre', capacity: 200, closedDays: ['2026-11-17'] },
  });
  await given.session({
    title: 'Workshop Africa',
    type: 'regional_workshop',
    roomId: given.salle2,
    expectedAudience: 40,
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
    endMinute: 660,
  });
  await given.session({
    title: 'Victim identification lab',
    type: 'case_study',
    roomId: given.hall,
    startMinute: 615,
    endMinute: 700,
    restricted: true,
    people: [
      { registrationId: given.reg('Diop'), role: 'speaker' },
      { registrationId: given.reg('Roy'), role: 'panellist' },
    ],
  });
  await given.session({
    title: 'Closing plenary',
    type: 'plenary',
    roomId: given.hall,
    day: '2026-11-17',
    startMinute: 900,
    endMinute: 960,
  });
  await given.session({
    title: 'Excursion',
    type: 'social',
    day: '2026-11-18',
    startMinute: 540,
    endMinute: 720,
  });
  return given;
}

test('the clash list says every clash in plain words, grouped by kind, and each opens its session', async ({
  app,
  host,
}) => {
  const given = await seedClashes(host);
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  await expect(view.clashes).toContainText('8 clashes to look at');
  const group = (kind: string) => view.clashGroup(kind).getByRole('button');
  await expect(group('Room used twice')).toHaveText([
    'Salle 2 is used twice at 10:30–11:00 on Sun 15 Nov: “Workshop Africa” and “Coffee break”.',
  ]);
  await expect(group('Person in two places')).toHaveText([
    'Aminata Diop is chairing “Workshop Africa” and speaking in “Victim identification lab” at the same time (10:15–11:00, Sun 15 Nov).',
  ]);
  await expect(group('Outside the meeting’s days')).toHaveText([
    '“Excursion” is on Wed 18 Nov, outside the meeting’s days (14–17 November 2026).',
  ]);
  await expect(group('Room closed')).toHaveText([
    '“Closing plenary” is in Grand amphithéâtre on Tue 17 Nov, when that room is closed.',
  ]);
  await expect(group('Over capacity')).toHaveText([
    '“Workshop Africa” expects 40 people but Salle 2 seats 30.',
  ]);
  await expect(group('Declined or cancelled')).toHaveText([
    'Moussa Ndiaye (speaker) in “Workshop Africa” has declined the invitation.',
    'Émilie Roy (panellist) in “Victim identification lab” has cancelled.',
  ]);
  await expect(group('Not law enforcement on a restricted session')).toHaveText([
    '“Victim identification lab” is for law enforcement only, but Émilie Roy (ECPAT International) is not law enforcement.',
  ]);

  await group('Room closed').click();
  await expect(
    view.panel.getByRole('heading', { name: 'Closing plenary', level: 2 }),
  ).toBeVisible();
  // Resolving it in the panel takes it off the list, live.
  await view.pick(view.panel, 'Day', 'Monday 16 November');
  await view.save.click();
  await expect(view.clashGroup('Room closed')).toHaveCount(0);
  await expect(view.clashes).toContainText('7 clashes to look at');
});

test('no clashes: the list says so', async ({ app, host }) => {
  const given = await seedAgenda(host);
  await given.session({ title: 'Opening plenary', type: 'plenary', allRooms: true });
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  await expect(view.clashes.getByRole('heading', { name: 'No clashes' })).toBeVisible();
});

test('the list view sorts by each column, filters by text and opens a session', async ({
  app,
  host,
}) => {
  const given = await seedClashes(host);
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  const titles = view.listTitles();
  // By day and time at first.
  await expect(titles).toHaveText([
    'Workshop Africa',
    'Victim identification lab',
    'Coffee break',
    'Closing plenary',
    'Excursion',
  ]);
  const header = (name: string) => view.list.getByRole('columnheader', { name });
  await header('Title').getByRole('button').click();
  await expect(header('Title')).toHaveAttribute('aria-sort', 'ascending');
  await expect(titles).toHaveText([
    'Closing plenary',
    'Coffee break',
    'Excursion',
    'Victim identification lab',
    'Workshop Africa',
  ]);
  await header('Title').getByRole('button').click();
  await expect(header('Title')).toHaveAttribute('aria-sort', 'descending');
  await expect(titles.first()).toHaveText('Workshop Africa');

  // Most clashes first.
  await header('Clashes').getByRole('button').click();
  await expect(titles.first()).toHaveText('Workshop Africa');
  await expect(view.listRow('Workshop Africa')).toContainText('4 clashes');

  await header('Room').getByRole('button').click();
  await expect(titles.first()).toHaveText('Excursion'); // no room sorts first
  await header('Type').getByRole('button').click();
  await expect(titles).toHaveText([
    'Coffee break',
    'Victim identification lab',
    'Closing plenary',
    'Workshop Africa',
    'Excursion',
  ]);

  // The filter ignores accents and case, and looks at people and rooms too.
  const filter = app.getByRole('searchbox', { name: 'Filter sessions' });
  await filter.fill('amphitheatre');
  await expect(titles).toHaveText(['Victim identification lab', 'Closing plenary']);
  await expect(app.getByText('2 of 5 sessions')).toBeVisible();
  await filter.fill('NDIAYE');
  await expect(titles).toHaveText(['Workshop Africa']);
  await filter.fill('nothing like this');
  await expect(app.getByText('No session matches “nothing like this”.')).toBeVisible();
  await filter.fill('');

  // Keyboard: Tab to a row, Enter opens it.
  await view.listRow('Excursion').focus();
  await app.keyboard.press('Enter');
  await expect(view.panel.getByRole('heading', { name: 'Excursion', level: 2 })).toBeVisible();
});

test('the clash list and the list view in French', async ({ app, host }) => {
  const given = await seedClashes(host);
  await seed(host, 'settings.setLanguage', { language: 'fr' });
  const view = new AgendaFormsPage(app);
  await view.open(host, given.meetingId);
  await expect(view.clashes).toContainText('8 conflits à examiner');
  await expect(view.clashGroup('Salle occupée deux fois').getByRole('button')).toHaveText([
    'Deux sessions en même temps dans Salle 2, de 10:30 à 11:00 le dim. 15 nov. : « Workshop Africa » et « Coffee break ».',
  ]);
  await expect(view.clashGroup('Personne à deux endroits').getByRole('button')).toHaveText([
    'Aminata Diop préside « Workshop Africa » et intervient dans « Victim identification lab » en même temps (10:15–11:00, dim. 15 nov.).',
  ]);
  await expect(view.clashGroup('Capacité dépassée').getByRole('button')).toHaveText([
    '« Workshop Africa » attend 40 personnes, mais Salle 2 n’a que 30 places.',
  ]);
  await expect(view.listRow('Excursion')).toContainText('mer. 18 nov. · 09:00–12:00');
  await expect(view.listRow('Excursion')).toContainText('Événement social');
  await expect(view.list.getByRole('columnheader', { name: 'Jour et heure' })).toBeVisible();
});
