import { expect, type Page } from '@playwright/test';

/** The people directory and a person's page, found by role and accessible name. */
export class PeopleDirectoryPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /^(People|Personnes)$/ })
      .click();
    await expect(this.page.getByRole('heading', { name: /^(People|Personnes)$/ })).toBeVisible();
  }

  get search() {
    return this.page.getByRole('searchbox', { name: /Search people|Rechercher des personnes/ });
  }

  get table() {
    return this.page.getByRole('table', { name: /People directory|Annuaire des personnes/ });
  }

  /** Data rows only (the header row is the first). */
  get rows() {
    return this.table.getByRole('row').filter({ hasNot: this.page.getByRole('columnheader') });
  }

  row(name: string | RegExp) {
    return this.rows.filter({ hasText: name });
  }

  /** The person page's table of meetings. */
  get meetings() {
    return this.page.getByRole('table', { name: /\d+ (meeting|réunion)/ });
  }

  async edit() {
    await this.page.getByRole('button', { name: /Edit person|Modifier la personne/ }).click();
    return this.page.getByRole('dialog', { name: /Edit person|Modifier la personne/ });
  }
}
