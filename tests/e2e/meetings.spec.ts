import { test, expect } from './fixtures';
import { MeetingsPage } from './pages/meetings-page';

test('an organiser creates, edits and deletes a meeting', async ({ app }) => {
  const meetings = new MeetingsPage(app);
  await expect(app.getByRole('heading', { name: 'No meetings yet' })).toBeVisible();
  await meetings.openNew();
  await meetings.fillBasics({
    title: 'Regional Working Group on Human Trafficking',
    start: '2026-09-22',
    end: '2026-09-24',
    timeZone: 'Africa/Porto-Novo',
  });
  await meetings.pick('Kind of meeting', 'Working group meeting');
  await app.getByRole('textbox', { name: 'City' }).fill('Cotonou');
  await meetings.pick('Country', 'Benin');
  await meetings.submit();

  await expect(
    app.getByRole('heading', { name: 'Regional Working Group on Human Trafficking' }),
  ).toBeVisible();
  await expect(app.getByText('Cotonou, Benin')).toBeVisible();
  const days = app.getByRole('table', { name: 'Days' });
  await expect(days.getByRole('row')).toHaveCount(3);
  await expect(days).toContainText('Tuesday 22 September');

  await app.getByRole('link', { name: 'Edit' }).click();
  await app.getByRole('textbox', { name: /^Title/ }).fill('Regional Working Group — Cotonou');
  await meetings.submit();
  await expect(
    app.getByRole('heading', { name: 'Regional Working Group — Cotonou' }),
  ).toBeVisible();

  await app.getByRole('button', { name: 'Delete' }).click();
  const dialog = app.getByRole('dialog', { name: 'Delete this meeting?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await app.getByRole('button', { name: 'Delete' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Delete meeting' }).click();
  await expect(app.getByRole('heading', { name: 'No meetings yet' })).toBeVisible();
});
