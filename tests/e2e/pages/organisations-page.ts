import { expect, type Page } from '@playwright/test';

/** The organisations screen, its form and its merge dialog. */
export class OrganisationsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Organisations' }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Organisations', exact: true }),
    ).toBeVisible();
  }

  get search() {
    return this.page.getByRole('searchbox', {
      name: /Search organisations|Rechercher des organisations/,
    });
  }

  get table() {
    return this.page.getByRole('table', { name: 'Organisations' });
  }

  get rows() {
    return this.table.getByRole('row').filter({ hasNot: this.page.getByRole('columnheader') });
  }

  row(name: string | RegExp) {
    return this.rows.filter({ hasText: name });
  }

  /** On an organisation's page: the table of its people ("3 people", "3 personnes"). */
  get peopleOnPage() {
    return this.page.getByRole('table', { name: /^\d+ (people|person|personnes?)$/ });
  }

  /** On an organisation's page: the table of its meetings ("2 meetings", "2 réunions"). */
  get meetingsOnPage() {
    return this.page.getByRole('table', { name: /^\d+ (meetings?|réunions?)$/ });
  }

  async action(organisation: string, item: RegExp) {
    await this.page
      .getByRole('button', { name: `Actions for ${organisation}`, exact: true })
      .click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  /** Picks an option of a Mantine select, typing first when it is searchable. */
  async pick(scope: Page | ReturnType<Page['getByRole']>, label: string | RegExp, option: string) {
    const box = scope.getByRole('combobox', { name: label });
    await box.click();
    if (await box.isEditable()) await box.fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}
