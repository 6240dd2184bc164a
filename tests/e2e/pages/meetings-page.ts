import { expect, type Page } from '@playwright/test';

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

  async pick(label: string | RegExp, option: string) {
    const box = this.page.getByRole('combobox', { name: label });
    await box.click();
    // Searchable pickers filter as you type; plain ones just open their list.
    if (await box.isEditable()) await box.fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fillBasics(values: { title: string; start: string; end: string; timeZone?: string }) {
    await this.page.getByRole('textbox', { name: /^(Title|Intitulé)/ }).fill(values.title);
    await this.page.getByLabel(/^(First day|Premier jour)/).fill(values.start);
    await this.page.getByLabel(/^(Last day|Dernier jour)/).fill(values.end);
    if (values.timeZone) await this.pick(/^(Time zone|Fuseau horaire)/, values.timeZone);
  }

  async submit() {
    await this.page
      .getByRole('button', {
        name: /Create meeting|Save changes|Créer la réunion|Enregistrer les modifications/,
      })
      .click();
  }
}
