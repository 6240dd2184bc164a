import { expect, type Page } from '@playwright/test';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The countries and regions screen. */
export class CountriesPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /Countries and regions|Pays et régions/ })
      .click();
    await expect(
      this.page.getByRole('heading', { name: /Countries and regions|Pays et régions/ }),
    ).toBeVisible();
  }

  get search() {
    return this.page.getByRole('searchbox', { name: /Search countries|Rechercher des pays/ });
  }

  get table() {
    return this.page.getByRole('table', {
      name: /Countries and their regions|Pays et leurs régions/,
    });
  }

  get rows() {
    return this.table.locator('tbody').getByRole('row');
  }

  row(name: string) {
    return this.table.getByRole('row', { name: new RegExp(`^${escape(name)}\\b`) });
  }

  regionOf(name: string) {
    const n = escape(name);
    return this.page.getByRole('combobox', {
      name: new RegExp(`^(Police region of ${n}|Région policière \\(${n}\\))$`),
    });
  }

  summaryCard(region: RegExp) {
    return this.page
      .getByRole('group', {
        name: /Countries per police region|Nombre de pays par région policière/,
      })
      .getByRole('button', { name: region });
  }
}
