import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { countryCodes } from '../../shared/domain/countries';
import { test, expect, type HostHandle } from './fixtures';
import { ParticipantsPage, seedMeeting } from './pages/participants-page';
import { ReportsPage } from './pages/reports-page';
import { comparable, pdfText, POPPLER, POPPLER_MISSING } from '../backend/document-readers';

async function call<T>(host: HostHandle, channel: string, input: unknown): Promise<T> {
  const reply = await host.backend.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

test('the list of participants names only those who consented, set in bulk', async ({
  app,
  host,
}) => {
  test.skip(!POPPLER, POPPLER_MISSING);
  const meetingId = await seedMeeting(host);
  const view = new ParticipantsPage(app);
  await view.open(host, meetingId);
  // Everyone consents, then Jean Dupont withdraws: both through the bulk bar.
  await view.checkbox('Diop, Aminata').click();
  await view.checkbox('Smith, John').click({ modifiers: ['Shift'] });
  let dialog = await view.bulkChange(/Listing consent/, 'Consents to be listed');
  await expect(dialog).toContainText('For this meeting, 8 participants: “Consents to be listed”.');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(app.getByText('8 participants: “Consents to be listed”.')).toBeVisible();
  await view.bulkBar.getByRole('button', { name: 'Clear selection' }).click();
  await view.checkbox('Dupont, Jean').click();
  dialog = await view.bulkChange(/Listing consent/, 'Does not consent to be listed');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(app.getByText('1 participant: “Does not consent to be listed”.')).toBeVisible();

  const reports = new ReportsPage(app);
  await reports.openExports(host, meetingId);
  const pdf = await reports.download('List of participants', 'PDF');
  expect(pdf.name).toMatch(
    /^participant-list-specialists-group-annual-meeting-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  await expect(app.getByText(`Downloaded ${pdf.name}.`)).toBeVisible();
  const text = comparable(pdfText(pdf.bytes));
  // Expected (registered or confirmed): Núñez, Dupont (ES, FR), Diop (SN), García (ES).
  expect(text).toContain('4 participants from 3 countries');
  expect(text).toContain(
    '1 participant did not consent to be listed: counted in the totals, not named.',
  );
  for (const name of ['Ana Núñez', 'Aminata Diop', 'María García']) expect(text).toContain(name);
  expect(text).not.toContain('Dupont');
  expect(text).not.toContain('Claire Martin'); // invited: not expected, not listed
  // France's only expected participant is not named: the country is still counted.
  expect(text).toContain('France 1 1 participant, who did not consent to be listed.');

  const xlsx = await reports.download('List of participants', 'Excel (XLSX)');
  const workbook = XLSX.read(xlsx.bytes);
  const people = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets['Participants']!, {
    header: 1,
  });
  expect(
    people
      .slice(1)
      .map((r) => r[4])
      .sort(),
  ).toEqual(['Diop', 'García', 'Núñez']);
  const countries = XLSX.utils.sheet_to_json<(string | number)[]>(workbook.Sheets['Countries']!, {
    header: 1,
  });
  expect(countries.at(-1)).toEqual(['Total', 3, 1, 4]);
});

test('the export centre in French: CSV with “;”, and what needs attendance says so', async ({
  app,
  host,
}) => {
  const meetingId = await seedMeeting(host);
  await app
    .getByRole('radiogroup', { name: 'Language', exact: true })
    .getByText('Français')
    .click();
  const reports = new ReportsPage(app);
  await reports.openExports(host, meetingId);
  const csv = await reports.download('Participants', 'CSV');
  expect(csv.name).toMatch(
    /^participants-specialists-group-annual-meeting-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(csv.text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.delimiter).toBe(';');
  expect(parsed.data).toHaveLength(9);
  expect(parsed.data[0]).toContain('Prénom(s)');

  const attendance = reports.exportItem('Rapport de présence');
  await expect(
    attendance.getByText(
      'Nécessite les présences : enregistrez d’abord les personnes à l’accueil.',
    ),
  ).toBeVisible();
  for (const button of await attendance.getByRole('button').all())
    await expect(button).toBeDisabled();
  // The seeded meeting has no programme yet.
  const programme = reports.exportItem('Programme');
  await expect(
    programme.getByText('Aucune séance pour l’instant : ajoutez d’abord des séances au programme.'),
  ).toBeVisible();
  await expect(programme.getByRole('button', { name: 'PDF', exact: true })).toBeDisabled();
  await app.screenshot({ path: test.info().outputPath('exports-fr.png'), fullPage: true });
});

test('a long export shows its progress and can be cancelled', async ({ app, host }) => {
  const { id: meetingId } = await call<{ id: number }>(host, 'meetings.create', {
    title: 'Global Conference',
    kind: 'conference',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    timeZone: 'Europe/Paris',
    languages: ['en'],
  });
  // 150 countries: the list is laid out country by country, and a cancel is heard between two.
  const countries = countryCodes().slice(0, 150);
  const rows = [
    ['First name', 'Last name', 'Country', 'Organisation', 'Status', 'Consent to be listed'],
  ];
  for (let i = 0; i < 2500; i++)
    rows.push([
      `Given${i}`,
      `Family${i}`,
      countries[i % countries.length]!,
      `Agency ${i % 90}`,
      'confirmed',
      'yes',
    ]);
  const csv = Buffer.from(Papa.unparse(rows), 'utf8').toString('base64');
  const inspected = await call<{ suggestedMapping: Record<string, number> }>(
    host,
    'imports.inspect',
    {
      meetingId,
      file: { name: 'conference.csv', base64: csv },
    },
  );
  await call(host, 'imports.run', {
    meetingId,
    file: { name: 'conference.csv', base64: csv },
    mapping: inspected.suggestedMapping,
  });

  const reports = new ReportsPage(app);
  await reports.openExports(host, meetingId);
  let downloaded = false;
  app.on('download', () => (downloaded = true));
  await reports
    .exportItem('List of participants')
    .getByRole('button', { name: 'PDF', exact: true })
    .click();
  const progress = app.getByTestId('export-progress');
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByText('Export cancelled.')).toBeVisible();
  await expect(progress).toBeHidden();
  expect(downloaded).toBe(false);
  // The other exports are offered again.
  await expect(
    reports.exportItem('List of participants').getByRole('button', { name: 'Excel (XLSX)' }),
  ).toBeEnabled();
});
