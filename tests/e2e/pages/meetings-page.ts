import { expect, type Locator, type Page } from '@playwright/test';

/** The meetings list and form, found by role and accessible name as a user would. */
export class MeetingsPage {
  constructor(readonly page: Page) {}

  async openNew() {
    await this.page
      .getByRole('link', {
        name: /New meeting|Create a meeting|Nouvelle réunion|Créer une réunion/,
      })
      .first()
      .click();
    await expect(
      this.page.getByRole('heading', { name: /New meeting|Nouvelle réunion/ }),
    ).toBeVisible();
  }

  field(label: string | RegExp) {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** The form's text boxes by their label, whatever the interface language. */
  get title() {
    return this.page.getByRole('textbox', { name: /^(Title|Intitulé)/ });
  }
  get firstDay() {
    return this.page.getByLabel(/^(First day|Premier jour)/);
  }
  get lastDay() {
    return this.page.getByLabel(/^(Last day|Dernier jour)/);
  }
  get timeZone() {
    return this.page.getByRole('combobox', { name: /^(Time zone|Fuseau horaire)/ });
  }

  async pick(label: string | RegExp, option: string) {
    const box = this.page.getByRole('combobox', { name: label });
    await box.click();
    // Searchable pickers filter as you type; plain ones just open their list.
    if (await box.isEditable()) await box.fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Types a day into a date field and closes its calendar, as a user who types would. */
  async typeDay(field: Locator, text: string) {
    await field.fill(text);
    await this.page.keyboard.press('Escape');
  }

  async fillBasics(values: { title: string; start: string; end: string; timeZone?: string }) {
    await this.title.fill(values.title);
    await this.typeDay(this.firstDay, values.start);
    await this.typeDay(this.lastDay, values.end);
    if (values.timeZone) await this.pick(/^(Time zone|Fuseau horaire)/, values.timeZone);
  }

  async submit() {
    await this.page
      .getByRole('button', {
        name: /Create meeting|Save changes|Créer la réunion|Enregistrer les modifications/,
      })
      .click();
  }

  /** The meetings list's table, its search box and its sortable column headers. */
  get list() {
    return this.page.getByRole('table', { name: /^(Meetings|Réunions)$/ });
  }
  get search() {
    return this.page.getByRole('searchbox', { name: /Search meetings|Rechercher des réunions/ });
  }
  /** The title cells, in the order shown (each with its "Part of …" line when it has a parent). */
  get titleCells() {
    return this.list.getByRole('rowheader');
  }
  /** A meeting's row, by its title (the row header, which may go on with "Part of …"). */
  row(title: string) {
    const name = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    return this.list.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }
  sortHeader(name: string | RegExp) {
    return this.list.getByRole('columnheader', { name });
  }
  async sortBy(name: string | RegExp) {
    await this.sortHeader(name).getByRole('button').click();
  }
}
