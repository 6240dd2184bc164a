import { test, expect } from './fixtures';
import { DeskPage } from './pages/desk-page';
import { FIRST_MORNING, seedDesk } from './desk-seed';
import { seed } from './people-seed';

test.use({ now: FIRST_MORNING });

test('a walk-in is registered and checked in at once; a known person is offered, never entered twice', async ({
  page,
  host,
}) => {
  const seeded = await seedDesk(host);
  const desk = new DeskPage(page);
  await page.goto(host.url);
  await desk.open(host.origin, seeded.meetingId);

  // Someone known: the form offers them as soon as their name is typed (in either order).
  await page.getByRole('button', { name: 'Walk-in: register someone new' }).click();
  const form = page.getByRole('dialog', { name: 'Walk-in: register and check in' });
  await form.getByRole('textbox', { name: 'Given names' }).fill('Dupont');
  await form.getByRole('textbox', { name: 'Family names' }).fill('jean');
  await expect(form.getByText('Already known')).toBeVisible();
  await expect(form).toContainText('registered to this meeting');

  // Their email typed for a "new" person is refused next to the field; nothing is written.
  await form.getByRole('textbox', { name: 'Given names' }).fill('Jan');
  await form.getByRole('textbox', { name: 'Family names' }).fill('Dupond');
  await form.getByRole('textbox', { name: 'Email' }).fill('DUPONT@example.org');
  await form.getByRole('button', { name: 'Register and check in', exact: true }).click();
  await expect(form.getByText('Dupont, Jean already has this email')).toBeVisible();
  expect(host.backend.db.prepare('SELECT count(*) AS n FROM person').get()).toEqual({ n: 6 });
  await form.getByRole('button', { name: 'Check in Dupont, Jean' }).click();
  await expect(form).toBeHidden();
  await desk.expectAnswer('Checked in', 'success');
  await expect(desk.answer.getByRole('region', { name: 'Jean Dupont’s card' })).toBeVisible();
  await expect(desk.field).toBeFocused();

  // Someone new: one form, and they are in.
  await page.getByRole('button', { name: 'Walk-in: register someone new' }).click();
  await form.getByRole('textbox', { name: 'Given names' }).fill('Kwame');
  await form.getByRole('textbox', { name: 'Family names' }).fill('Asante');
  await form.getByRole('textbox', { name: 'Email' }).fill('kwame.asante@example.org');
  await form.getByRole('combobox', { name: 'Country' }).fill('Ghana');
  await page.getByRole('option', { name: 'Ghana', exact: true }).click();
  await form.getByRole('button', { name: 'Register and check in', exact: true }).click();
  await expect(form).toBeHidden();
  await desk.expectAnswer('Checked in', 'success');
  const card = desk.answer.getByRole('region', { name: 'Kwame Asante’s card' });
  await expect(card).toContainText('Ghana · Delegate');
  await expect(card).toContainText('No badge printed yet');
  await expect(desk.counter).toHaveText('2 / 6');
  const participants = await seed(host, 'registrations.list', { meetingId: seeded.meetingId });
  expect(participants.find((p) => p.familyNames === 'Asante')).toMatchObject({
    status: 'confirmed',
    countryCode: 'GH',
  });
});
