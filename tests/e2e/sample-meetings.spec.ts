import { test, expect } from './fixtures';
import { MeetingsPage } from './pages/meetings-page';

const SPECIALISTS = 'Specialists Group on Crimes against Children — Annual Meeting';
const WORKING_GROUP = 'Regional Working Group on Human Trafficking — West Africa and the Sahel';
const PROGRAMME = 'West Africa and Sahel Anti-Trafficking Programme — Launch Conference';

test('a new user loads the sample meetings from the empty state', async ({ app, host }) => {
  await expect(app.getByRole('heading', { name: 'No meetings yet' })).toBeVisible();
  await app.getByRole('button', { name: 'Load sample meetings' }).click();
  await expect(app.getByText('The sample meetings are ready.')).toBeVisible();

  const list = app.getByRole('table', { name: 'Meetings' });
  await expect(list.getByRole('row')).toHaveCount(4);
  await expect(app.getByText('3 meetings')).toBeVisible();
  const row = (title: string) => new MeetingsPage(app).row(title);
  await expect(row(SPECIALISTS)).toContainText('Specialists group meeting');
  await expect(row(SPECIALISTS)).toContainText('14–17 November 2026');
  await expect(row(SPECIALISTS)).toContainText('Lyon, France');
  await expect(row(WORKING_GROUP)).toContainText('Cotonou, Benin');
  // A child meeting names its parent under its title; the others name none.
  await expect(row(WORKING_GROUP).getByRole('rowheader')).toContainText(`Part of ${PROGRAMME}`);
  await expect(row(SPECIALISTS).getByRole('rowheader')).not.toContainText('Part of');
  await expect(row(SPECIALISTS)).toContainText(/\d+ expected/);
  await expect(row(PROGRAMME)).toContainText('Dakar, Senegal');
  await expect(app.getByRole('heading', { name: 'No meetings yet' })).toBeHidden();

  // One press of Back returns to the list after opening a meeting from it.
  await list.getByRole('link', { name: SPECIALISTS }).click();
  await expect(app.getByRole('heading', { name: SPECIALISTS, level: 2 })).toBeVisible();
  // The meeting page carries the headline figures of its sample participants, as the backend counts them.
  const meetingId = Number(new URL(app.url()).hash.split('/')[2]);
  const reply = await host.backend.dispatch('registrations.summary', { meetingId });
  if (!reply.ok) throw new Error(reply.error.message);
  const summary = reply.value as { expected: number; countries: number; withoutCountry: number };
  expect(summary.expected).toBeGreaterThan(150);
  expect(summary.withoutCountry).toBe(0);
  await expect(app.getByTestId('meeting-headline')).toHaveText(
    `${summary.expected} expected (registered or confirmed) from ${summary.countries} countries`,
  );
  await expect(app.getByText(/^Confirmed · \d+$/)).toBeVisible();
  await app.getByRole('link', { name: 'Open the participants list' }).click();
  await expect(app.getByRole('heading', { name: 'Participants', level: 2 })).toBeVisible();
  await app.goBack();
  await expect(app.getByRole('heading', { name: SPECIALISTS, level: 2 })).toBeVisible();
  await app.goBack();
  await expect(list).toBeVisible();

  await list.getByRole('link', { name: WORKING_GROUP }).click();
  await expect(app.getByRole('heading', { name: WORKING_GROUP, level: 2 })).toBeVisible();
  await expect(app.getByText('Africa/Porto-Novo')).toBeVisible();
  await expect(app.getByRole('table', { name: 'Days' }).getByRole('row')).toHaveCount(3);
  await app.getByRole('main').getByRole('link', { name: PROGRAMME }).click();

  await expect(app.getByRole('heading', { name: PROGRAMME, level: 2 })).toBeVisible();
  await expect(app.getByRole('main').getByRole('link', { name: WORKING_GROUP })).toBeVisible();
});
