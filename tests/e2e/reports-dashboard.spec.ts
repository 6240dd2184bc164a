import { test, expect, type HostHandle } from './fixtures';
import { ReportsPage } from './pages/reports-page';
import type { Output } from '../../shared/api';

// Three days after meeting A: its sample attendance is complete whatever day the tests run.
test.use({ now: '2026-11-20T10:00:00.000Z' });

async function call<T>(host: HostHandle, channel: string, input: unknown): Promise<T> {
  const reply = await host.backend.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

/** Loads the sample meetings as the empty state's button does. */
async function sample(host: HostHandle) {
  const { meetingIds } = await call<{ meetingIds: number[] }>(host, 'demo.load', {});
  const [lyon, cotonou, programme] = meetingIds as [number, number, number];
  return { lyon, cotonou, programme };
}

type Row = Output<'registrations.list'>[number];
const rows = (host: HostHandle, meetingId: number) =>
  call<Row[]>(host, 'registrations.list', { meetingId });
const expected = (list: Row[]) =>
  list.filter((r) => ['registered', 'confirmed'].includes(r.status));

test('staff read meeting A’s headline, map, table and breakdowns, and filter them', async ({
  app,
  host,
}) => {
  const { lyon } = await sample(host);
  const people = await rows(host, lyon);
  const coming = expected(people);
  const countries = new Set(coming.map((r) => r.countryCode)).size;
  const reports = new ReportsPage(app);
  await reports.openDashboard(host, lyon);

  await expect(reports.headline).toHaveText(
    `${coming.length} participants from ${countries} countries`,
  );
  await expect(
    app.getByText(
      'Counted: people whose registration is registered or confirmed, each person once.',
    ),
  ).toBeVisible();
  // The sample desk checked people in: registered against attended, from the database file.
  const present = (day?: string) =>
    new Set(
      host.backend.db
        .prepare(
          `SELECT registration_id FROM attendance_day WHERE meeting_id = ? ${day ? 'AND day = ?' : ''}`,
        )
        .pluck()
        .all(...(day ? [lyon, day] : [lyon])) as number[],
    );
  const came = coming.filter((r) => present().has(r.id));
  await expect(
    app.getByText(new RegExp(`^${came.length} attended from \\d+ countries$`)),
  ).toBeVisible();

  // The map's figures are in the table that goes with it, readable without the map.
  await expect(reports.map).toBeVisible();
  const brazil = coming.filter((r) => r.countryCode === 'BR').length;
  await expect(reports.countIn(reports.countryTable, 'Brazil')).toHaveText(String(brazil));
  const france = coming.filter((r) => r.countryCode === 'FR').length;
  await expect(reports.countIn(reports.countryTable, 'France')).toHaveText(String(france));
  const tooltip = await reports.hoverCountry('BR');
  const brazilCame = came.filter((r) => r.countryCode === 'BR').length;
  await expect(tooltip).toHaveText(`Brazil: ${brazil} registered, ${brazilCame} attended`);
  await app.mouse.move(5, 5);
  await expect(app.getByRole('tooltip')).toBeHidden();

  const regions = reports.breakdown(/the organisation’s five regions/);
  const africa = coming.filter((r) => r.policeRegion === 'africa').length;
  await expect(reports.countIn(regions, 'Africa')).toHaveText(String(africa));
  const types = reports.breakdown(/^By organisation type$/);
  const police = coming.filter((r) => r.organisationType === 'law_enforcement').length;
  await expect(reports.countIn(types, 'Law enforcement / government')).toHaveText(String(police));

  // Registered only, then invited too: the headline and the table follow.
  await reports.toggleStatus('Confirmed');
  await expect(reports.status('Confirmed')).not.toBeChecked();
  const registered = people.filter((r) => r.status === 'registered');
  const registeredCountries = new Set(registered.map((r) => r.countryCode)).size;
  await expect(reports.headline).toHaveText(
    `${registered.length} participants from ${registeredCountries} countries`,
  );
  await expect(
    app.getByText('Counted: people whose registration is registered, each person once.'),
  ).toBeVisible();
  await reports.toggleStatus('Registered');
  await expect(app.getByRole('alert')).toHaveText('Choose at least one status.');
  await app.getByRole('button', { name: 'Reset filters' }).click();
  await expect(reports.headline).toHaveText(
    `${coming.length} participants from ${countries} countries`,
  );

  // A day: the people expected that day (planned days, or all days) or present that day. Someone
  // not at the desk on the 17th who plans only the 14th is no longer counted on the 17th.
  const someone = coming.find((r) => !present('2026-11-17').has(r.id))!;
  await call(host, 'registrations.update', {
    id: someone.id,
    registration: { ...someone, plannedDays: ['2026-11-14'] },
  });
  await reports.chooseDay(/^Day$/, 'Tuesday 17 November');
  await expect(reports.headline).toHaveText(new RegExp(`^${coming.length - 1} participants`));
  await expect(app.getByText(/expected on 17 November 2026/)).toBeVisible();
  const lastDay = coming.filter((r) => r.id !== someone.id && present('2026-11-17').has(r.id));
  await expect(
    app.getByText(new RegExp(`^${lastDay.length} attended from \\d+ countries$`)),
  ).toBeVisible();
});

test('a series of linked meetings counts each person once; the meeting alone counts its own', async ({
  app,
  host,
}) => {
  const { lyon, cotonou, programme } = await sample(host);
  const lyonMeeting = await call<Record<string, unknown>>(host, 'meetings.get', { id: lyon });
  await call(host, 'meetings.update', {
    id: lyon,
    meeting: { ...lyonMeeting, parentId: programme },
  });
  const all = [
    ...(await rows(host, lyon)),
    ...(await rows(host, cotonou)),
    ...(await rows(host, programme)),
  ];
  const coming = expected(all);
  const persons = new Set(coming.map((r) => r.personId)).size;
  expect(persons).toBeLessThan(coming.length);
  const countries = new Set(coming.map((r) => r.countryCode)).size;

  const reports = new ReportsPage(app);
  await reports.openDashboard(host, cotonou);
  const own = expected(await rows(host, cotonou));
  await expect(reports.headline).toHaveText(new RegExp(`^${own.length} participants`));
  await app.getByText('Whole series (3 meetings)').click();
  await expect(reports.headline).toHaveText(`${persons} participants from ${countries} countries`);
  await expect(app.getByText(/each person once across the 3 meetings of the series/)).toBeVisible();
  await expect(app.getByText(/^Series: .*Launch Conference/)).toBeVisible();
});

test('the dashboard in French, a person without a country under “Non renseigné”', async ({
  app,
  host,
}) => {
  const { id } = await call<{ id: number }>(host, 'meetings.create', {
    title: 'Atelier de Dakar',
    kind: 'training',
    startDate: '2026-10-05',
    endDate: '2026-10-06',
    timeZone: 'Africa/Dakar',
    languages: ['fr'],
  });
  for (const [givenNames, familyNames, countryCode] of [
    ['Aminata', 'Diop', 'SN'],
    ['Moussa', 'Ndiaye', 'SN'],
    ['Jean', 'Sans-Pays', null],
  ] as const)
    await call(host, 'registrations.create', {
      meetingId: id,
      person: { givenNames, familyNames, countryCode },
      registration: { status: 'confirmed' },
    });
  await app
    .getByRole('radiogroup', { name: 'Language', exact: true })
    .getByText('Français')
    .click();
  const reports = new ReportsPage(app);
  await reports.openDashboard(host, id);
  await expect(reports.headline).toHaveText('3 participants d’un pays');
  await expect(
    app.getByText(
      '1 personne n’a pas de pays renseigné : comptée sous « Non renseigné », pas comme un pays.',
    ),
  ).toBeVisible();
  await expect(reports.countIn(reports.countryTable, 'Non renseigné')).toHaveText('1');
  await expect(reports.countIn(reports.countryTable, 'Sénégal')).toHaveText('2');
  await expect(app.getByText('Aucune présence enregistrée pour l’instant')).toBeVisible();
  const tooltip = await reports.hoverCountry('SN');
  await expect(tooltip).toHaveText('Sénégal : 2 inscrits');
  await app.screenshot({ path: test.info().outputPath('dashboard-fr.png'), fullPage: true });
});

test('a meeting with nobody says how to add participants', async ({ app, host }) => {
  const { id } = await call<{ id: number }>(host, 'meetings.create', {
    title: 'Empty meeting',
    kind: 'other',
    startDate: '2026-10-05',
    endDate: '2026-10-06',
    timeZone: 'Europe/Paris',
  });
  const reports = new ReportsPage(app);
  await reports.openDashboard(host, id);
  await expect(app.getByText('No participants yet')).toBeVisible();
  await app.getByRole('link', { name: 'Import a spreadsheet' }).click();
  await expect(app).toHaveURL(new RegExp(`#/meetings/${id}/import$`));
  await app.getByRole('link', { name: 'Reports' }).click();
  await expect(app.getByRole('link', { name: 'Add participants' })).toBeVisible();
});
