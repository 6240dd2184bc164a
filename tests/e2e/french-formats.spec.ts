import { test, expect, type HostHandle } from './fixtures';
import { seed } from './people-seed';
import { MeetingsPage } from './pages/meetings-page';
import { ParticipantsPage } from './pages/participants-page';

/** French groups digits with a narrow no-break space: 1 002. */
const NNBSP = '\u202f';
const COUNTRIES = ['FR', 'SN', 'BJ', 'CI', 'ML', 'BF', 'NE', 'TD', 'CM', 'MA', 'TN', 'CA'];

/** A meeting with 1,002 confirmed people from 12 countries, all of one organisation. */
async function bigMeeting(host: HostHandle) {
  const meeting = await seed(host, 'meetings.create', {
    title: 'Réunion annuelle du groupe de spécialistes',
    kind: 'specialists_group',
    venue: 'Secrétariat général',
    city: 'Lyon',
    countryCode: 'FR',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    timeZone: 'Europe/Paris',
  });
  const organisation = await seed(host, 'organisations.create', {
    name: 'Police nationale',
    type: 'law_enforcement',
  });
  for (let i = 0; i < 1002; i++)
    await seed(host, 'registrations.create', {
      meetingId: meeting.id,
      person: {
        givenNames: 'Participant',
        familyNames: `N° ${i + 1}`,
        countryCode: COUNTRIES[i % COUNTRIES.length]!,
        organisationId: organisation.id,
      },
      registration: { status: 'confirmed' },
    });
  return meeting.id;
}

test('in French, every screen writes dates and numbers the French way', async ({ app, host }) => {
  test.slow();
  const id = await bigMeeting(host);
  await host.backend.dispatch('settings.setLanguage', { language: 'fr' });
  await app.reload();

  // Meetings list: grouped count, French dates and country name.
  const meetings = new MeetingsPage(app);
  const row = meetings.row('Réunion annuelle du groupe de spécialistes');
  await expect(row).toContainText(`1${NNBSP}002 attendus`);
  await expect(row).toContainText('14–17 novembre 2026');
  await expect(row).toContainText('Lyon, France');

  // Meeting page: headline, status badge, days.
  await row.getByRole('link', { name: 'Réunion annuelle du groupe de spécialistes' }).click();
  await expect(app.getByTestId('meeting-headline')).toHaveText(
    `1${NNBSP}002 attendus (inscrits ou confirmés) venant de 12 pays`,
  );
  await expect(app.getByText(`Confirmé(e) · 1${NNBSP}002`)).toBeVisible();
  await expect(app.getByRole('table', { name: 'Jours' })).toContainText('samedi 14 novembre');

  // Meeting form: the date fields and their calendar speak French.
  await app.getByRole('link', { name: 'Modifier' }).click();
  const form = new MeetingsPage(app);
  await expect(form.firstDay).toHaveValue('14 nov. 2026');
  await expect(form.lastDay).toHaveValue('17 nov. 2026');
  await form.lastDay.click();
  await expect(app.getByRole('button', { name: 'Mois suivant' })).toBeVisible();
  await expect(app.getByText('novembre 2026', { exact: true })).toBeVisible();
  await app.getByRole('button', { name: '18 novembre 2026', exact: true }).click();
  await expect(form.lastDay).toHaveValue('18 nov. 2026');
  await form.typeDay(form.firstDay, '13 nov 2026');
  await form.title.click();
  await expect(form.firstDay).toHaveValue('13 nov. 2026');
  await form.submit();
  await expect(app.getByText('13–18 novembre 2026 · 6 jours')).toBeVisible();

  // Participants view: headline and counter, and the status history in the panel.
  const view = new ParticipantsPage(app);
  await view.open(host, id);
  await expect(view.headline).toHaveText(
    `1${NNBSP}002 attendus (inscrits ou confirmés) venant de 12 pays`,
  );
  await expect(view.showing).toHaveText(`1${NNBSP}002 affichés sur 1${NNBSP}002`);
  await view.search.fill('N° 1001');
  await view.cell(view.row('N° 1001, Participant'), 'name').click();
  const panel = view.panel('N° 1001, Participant');
  await expect(panel.getByLabel('Arrivée', { exact: true })).toHaveAttribute(
    'placeholder',
    'jj/mm/aaaa',
  );
  await expect(panel.getByText(/^\d{1,2} [a-zéû]+\.? \d{4}, \d{2}:\d{2}$/)).toBeVisible();

  // People directory and organisations: counts grouped too.
  await app.goto(`${host.origin}/#/people`);
  await expect(app.getByText(`1${NNBSP}002 personnes, toutes réunions confondues`)).toBeVisible();
  await app.goto(`${host.origin}/#/organisations`);
  await expect(
    app.getByRole('row', { name: /Police nationale/ }).getByText(`1${NNBSP}002`),
  ).toBeVisible();

  // The same screens in English use English formats.
  await app.getByRole('radiogroup', { name: 'Langue' }).getByText('English').click();
  await expect(app.getByRole('row', { name: /Police nationale/ }).getByText('1,002')).toBeVisible();
  await app.goto(`${host.origin}/#/meetings/${id}`);
  await expect(app.getByTestId('meeting-headline')).toHaveText(
    '1,002 expected (registered or confirmed) from 12 countries',
  );
  await app.getByRole('link', { name: 'Edit' }).click();
  await expect(form.firstDay).toHaveValue('13 Nov 2026');
});
