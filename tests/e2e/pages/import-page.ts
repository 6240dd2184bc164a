import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export const FIXTURES = path.resolve('tests/fixtures');

/** The import wizard, driven by role and accessible name as a registrar would use it. */
export class ImportPage {
  constructor(readonly page: Page) {}

  /** Opens the wizard from the meeting's participants page, as the button there does. */
  async open(url: string, meetingId: number, button: RegExp) {
    await this.page.goto(`${url}#/meetings/${meetingId}/participants`);
    await this.page.getByRole('link', { name: button }).first().click();
    await expect(this.page.getByRole('heading', { level: 2 })).toHaveText(
      /Import participants|Importer des participants/,
    );
  }

  fileInput() {
    return this.page.getByLabel(/Choose a file|Choisir un fichier/);
  }

  async choose(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.fileInput().setInputFiles(
      typeof file === 'string' ? path.join(FIXTURES, file) : file,
    );
  }

  button(name: string | RegExp) {
    return this.page.getByRole('button', { name });
  }

  /** The field a column of the file goes to, on the Columns step ("" when not imported). */
  column(letter: string, header: string) {
    return this.page.getByRole('combobox', {
      name: new RegExp(`^(Import column|Importer la colonne) ${letter} [“«]\\s?${header}\\s?[”»]`),
    });
  }

  /** Columns → Statuses and roles → Check, accepting what the values step suggests. */
  async checkRows() {
    await this.button(/^(Check the rows|Vérifier les lignes)$/).click();
    await this.button(/^(Next: check the rows|Suivant : vérifier les lignes)$/).click();
    await expect(this.counters()).toBeVisible();
  }

  /** The check step's counters, which add up to the rows of the file. */
  counters() {
    return this.page.getByRole('list', {
      name: /What the check found|Résultat de la vérification/,
    });
  }

  /** What a status or role written in the file is taken to mean, on the values step. */
  meaningOf(value: string) {
    return this.page.getByRole('combobox', {
      name: new RegExp(`^(Meaning of|Sens de) [“«]\\s?${value}\\s?[”»]$`),
    });
  }

  /** Picks a country in a searchable picker: type, then click the option. */
  async answerCountry(label: string | RegExp, country: string) {
    const box = this.page.getByRole('combobox', { name: label });
    await box.click();
    await box.fill(country);
    await this.page.getByRole('option', { name: country, exact: true }).click();
    await expect(box).toHaveValue(country);
  }
}
