import { test, expect } from './fixtures';
import { CountriesPage } from './pages/countries-page';

test('an organiser moves a country to another police region, and resets it', async ({ app }) => {
  const countries = new CountriesPage(app);
  await countries.open();
  await expect(app.getByText(/^2\d\d countries, grouped by UN M49 region/)).toBeVisible();
  const europe = countries.summaryCard(/^Europe: \d+ countries$/);
  const africa = countries.summaryCard(/^Africa: \d+ countries$/);
  const europeBefore = Number((await europe.getAttribute('aria-label'))!.match(/\d+/)![0]);
  const africaBefore = Number((await africa.getAttribute('aria-label'))!.match(/\d+/)![0]);

  // Search ignores accents and finds codes too.
  await countries.search.fill('cote d ivoire');
  await expect(countries.rows).toHaveCount(1);
  await expect(countries.rows.first()).toContainText('CI · CIV · 384');
  await countries.search.fill('FRA');
  await expect(countries.row('France')).toBeVisible();
  await expect(countries.row('France')).toContainText('Western Europe');
  await expect(countries.regionOf('France')).toHaveValue('europe');

  await countries.regionOf('France').selectOption({ label: 'Africa' });
  await expect(app.getByText('France is now in Africa.')).toBeVisible();
  await expect(countries.row('France')).toContainText('Adjusted');
  await expect(europe).toHaveAccessibleName(`Europe: ${europeBefore - 1} countries`);
  await expect(africa).toHaveAccessibleName(`Africa: ${africaBefore + 1} countries`);

  // The change is stored, not only shown.
  await app.reload();
  await countries.search.fill('france');
  await expect(countries.regionOf('France')).toHaveValue('africa');
  await expect(countries.row('France')).toContainText('Adjusted');
  await countries.search.fill('');
  await app.getByRole('switch', { name: 'Only adjusted countries' }).check();
  await expect(countries.rows).toHaveCount(1);

  await app.getByRole('button', { name: 'Reset the police region of France' }).click();
  await expect(app.getByText('France is back in its default region, Europe.')).toBeVisible();
  await expect(app.getByRole('heading', { name: 'No country matches' })).toBeVisible();
  await app.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(countries.regionOf('France')).toHaveValue('europe');
  await expect(countries.row('France')).not.toContainText('Adjusted');
  await expect(europe).toHaveAccessibleName(`Europe: ${europeBefore} countries`);
});

test('the region filter and the summary cards narrow the table', async ({ app }) => {
  const countries = new CountriesPage(app);
  await countries.open();
  const mena = countries.summaryCard(/^Middle East and North Africa: \d+ countries$/);
  const count = Number((await mena.getAttribute('aria-label'))!.match(/\d+/)![0]);
  await mena.click();
  await expect(mena).toHaveAttribute('aria-pressed', 'true');
  await expect(countries.rows).toHaveCount(count);
  await expect(countries.row('Egypt')).toBeVisible();
  await expect(countries.table).not.toContainText('France');
  await mena.click();

  await countries.page
    .getByRole('combobox', { name: 'Police region', exact: true })
    .selectOption({ label: 'Asia and South Pacific' });
  await expect(countries.row('Japan')).toBeVisible();
  await expect(countries.table).not.toContainText('Egypt');
});

test('the screen reads in French, names and regions included', async ({ app }) => {
  await app.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();
  const countries = new CountriesPage(app);
  await countries.open();
  await countries.search.fill('allemagne');
  const germany = countries.row('Allemagne');
  await expect(germany).toContainText('Europe occidentale');
  await expect(countries.regionOf('Allemagne')).toHaveValue('europe');
  await countries.regionOf('Allemagne').selectOption({ label: 'Afrique' });
  await expect(germany).toContainText('Modifié');
  await expect(app.getByText('Allemagne : région policière « Afrique ».')).toBeVisible();
  await app.getByRole('button', { name: 'Rétablir la région par défaut (Allemagne)' }).click();
  await expect(germany).not.toContainText('Modifié');
});

test('country names on screen are the backend’s, in English and in French', async ({
  app,
  host,
}) => {
  const reply = await host.backend.dispatch('countries.list', {});
  if (!reply.ok) throw new Error('countries.list failed');
  const list = reply.value as { nameEn: string; nameFr: string }[];
  const countries = new CountriesPage(app);
  await countries.open();
  await expect(countries.rows).toHaveCount(list.length);
  // The screen names countries in Chromium, documents are made in Node: both must agree.
  const shown = async () => (await countries.rows.locator('th').allTextContents()).sort();
  expect(await shown()).toEqual(list.map((c) => c.nameEn).sort());
  await expect(countries.row('Czechia')).toBeVisible();
  await expect(countries.row('Côte d’Ivoire')).toBeVisible();

  await app.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();
  await expect(countries.row('Tchéquie')).toBeVisible();
  expect(await shown()).toEqual(list.map((c) => c.nameFr).sort());
  await countries.search.fill('czechia');
  await expect(countries.rows).toHaveCount(1);
  await expect(countries.row('Tchéquie')).toBeVisible();
});

test('the first visit paints the rows at once, with no loading spinner before them', async ({
  app,
}) => {
  // Any spinner added to the page from here on: the page's code arriving (a Suspense fallback,
  // which React then keeps for 300 ms) or its list arriving (the screen's own loader).
  // In-page code as text: the end-to-end tests are type-checked without the DOM's types.
  await app.evaluate(`(() => {
    window.spinners = 0;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element && (node.matches('.mantine-Loader-root') ||
              node.querySelector('.mantine-Loader-root')))
            window.spinners += 1;
    }).observe(document.body, { childList: true, subtree: true });
  })()`);
  const countries = new CountriesPage(app);
  await countries.open();
  await expect(countries.rows.first()).toBeVisible();
  expect(await app.evaluate('window.spinners')).toBe(0);
});
