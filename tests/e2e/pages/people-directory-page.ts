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

  /** The rows' names (the first column), in display order. */
  names() {
    return this.rows.locator('[role="cell"]:first-child');
  }

  /** A column's header ("Country", "Pays"): its aria-sort tells the order, its button sorts. */
  header(name: string) {
    return this.table.getByRole('columnheader', { name });
  }

  /**
   * Opens a filter ("Country filter", "Filtre Pays"), ticks `options` (typing each into its search
   * box first), then closes it. Options are matched by their label at the start of the option.
   */
  async filter(label: RegExp, ...options: string[]) {
    await this.page.getByRole('button', { name: label }).click();
    const list = this.page.getByRole('listbox');
    for (const option of options) {
      await this.page.getByRole('textbox', { name: /Search in|Rechercher dans/ }).fill(option);
      await list.getByRole('option', { name: option }).click();
    }
    await this.page.keyboard.press('Escape');
    await expect(list).toBeHidden();
  }

  /** The options a filter offers, as their text (label and count), then closes it. */
  async options(label: RegExp): Promise<string[]> {
    await this.page.getByRole('button', { name: label }).click();
    const list = this.page.getByRole('listbox');
    await expect(list).toBeVisible();
    const texts = await list.getByRole('option').allInnerTexts();
    await this.page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    return texts.map((t) => t.replace(/\s+/g, ' ').trim());
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
