import { test, expect } from './fixtures';

test('the interface switches to French, dates included, and stays French after a reload', async ({
  app,
  host,
}) => {
  await host.backend.dispatch('demo.load', {});
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Meetings', level: 2 })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');

  await app.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();

  await expect(app.getByRole('heading', { name: 'Réunions', level: 2 })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(app.getByRole('link', { name: 'Nouvelle réunion' })).toBeVisible();
  const list = app.getByRole('table', { name: 'Réunions' });
  await expect(list.getByRole('columnheader')).toHaveText([
    'Intitulé',
    'Type',
    'Dates',
    'Lieu',
    'Participants',
  ]);
  await expect(list).toContainText('14–17 novembre 2026');
  await expect(list).toContainText('Réunion de groupe de travail');
  await expect(list).toContainText('Cotonou, Bénin');

  await list.getByRole('link', { name: /Specialists Group on Crimes against Children/ }).click();
  await expect(app.getByRole('link', { name: 'Modifier' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Supprimer' })).toBeVisible();
  const days = app.getByRole('table', { name: 'Jours' });
  await expect(days.getByRole('row').first()).toHaveText(/Jour 1\s*samedi 14 novembre/);
  await expect(days).toContainText('mardi 17 novembre');

  await app.reload();
  await expect(app.getByRole('table', { name: 'Jours' })).toContainText('samedi 14 novembre');
  await expect(app.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(app.getByRole('link', { name: 'Réunions' })).toBeVisible();
  expect(await host.backend.dispatch('settings.get', {})).toMatchObject({
    value: { language: 'fr' },
  });

  await app.getByRole('radiogroup', { name: 'Langue' }).getByText('English').click();
  await expect(app.getByRole('table', { name: 'Days' })).toContainText('Saturday 14 November');
  await app.reload();
  await expect(app.getByRole('table', { name: 'Days' })).toContainText('Saturday 14 November');
});

test('the language chosen is kept even if the window is closed before its messages arrive', async ({
  app,
  host,
}) => {
  // The French messages are held back: the choice must be saved meanwhile, not once they are in.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await app.route(/\/assets\/fr-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await app.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();
  await expect
    .poll(async () => {
      const reply = await host.backend.dispatch('settings.get', {});
      return reply.ok ? (reply.value as { language: string }).language : null;
    })
    .toBe('fr');
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  release();
  await expect(app.locator('html')).toHaveAttribute('lang', 'fr');
});
