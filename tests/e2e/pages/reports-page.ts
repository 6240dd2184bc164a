import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { HostHandle } from '../fixtures';

/** The meeting's Reports section: the dashboard and the export centre, by role and name. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  async openDashboard(host: HostHandle, meetingId: number) {
    await this.page.goto(`${host.origin}/#/meetings/${meetingId}/reports`);
    await expect(
      this.page.getByRole('heading', { level: 2, name: /^(Dashboard|Tableau de bord)$/ }),
    ).toBeVisible();
  }

  async openExports(host: HostHandle, meetingId: number) {
    await this.page.goto(`${host.origin}/#/meetings/${meetingId}/reports/exports`);
    await expect(
      this.page.getByRole('heading', { level: 2, name: /^(Export centre|Centre d’export)$/ }),
    ).toBeVisible();
  }

  async openDocuments(host: HostHandle, meetingId: number) {
    await this.page.goto(`${host.origin}/#/meetings/${meetingId}/reports/documents`);
    await expect(
      this.page.getByRole('heading', {
        level: 2,
        name: /^(Certificates and letters|Attestations et lettres)$/,
      }),
    ).toBeVisible();
  }

  async openVisaLetters(host: HostHandle, meetingId: number) {
    await this.page.goto(`${host.origin}/#/meetings/${meetingId}/reports/visa-letters`);
    await expect(
      this.page.getByRole('heading', { level: 2, name: /^(Visa letters|Lettres de visa)$/ }),
    ).toBeVisible();
  }

  /** The language documents are made in, on the export centre. */
  async documentsIn(language: 'English' | 'Français') {
    await this.page
      .getByRole('radiogroup', { name: /^(Documents in|Documents en)$/ })
      .getByText(language)
      .click();
  }

  /** Picks a file for the letterhead or signature through the file chooser its button opens. */
  async chooseImage(button: RegExp, file: { name: string; mimeType: string; buffer: Buffer }) {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    await chooser.setFiles(file);
  }

  /** The registered headline ("183 participants from 61 countries"). */
  get headline() {
    return this.page.locator('#reports-headline');
  }

  get map() {
    return this.page.getByRole('img', { name: /World map|Carte du monde/ });
  }

  /** The table of participants per country that goes with the map. */
  get countryTable() {
    return this.page.getByRole('table', {
      name: /^(Participants by country|Participants par pays)$/,
    });
  }

  /** The registered count of a row of a figures table. */
  countIn(table: ReturnType<ReportsPage['breakdown']>, row: string) {
    return table
      .getByRole('row', { name: new RegExp(`^${row} `) })
      .getByRole('cell')
      .first();
  }

  breakdown(name: RegExp) {
    return this.page.getByRole('table', { name });
  }

  get statuses() {
    return this.page.getByRole('group', { name: /Statuses counted|Statuts comptés/ });
  }

  status(name: string) {
    return this.statuses.getByRole('checkbox', { name: new RegExp(`^${name} \\(`) });
  }

  /** Ticks or unticks a status chip (its input is visually hidden: the label is what one clicks). */
  async toggleStatus(name: string) {
    await this.statuses.getByText(new RegExp(`^${name} \\(`)).click();
  }

  async chooseDay(label: RegExp, option: string | RegExp) {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** Hovers a country's shape and returns the tooltip. */
  async hoverCountry(code: string) {
    await this.page.locator(`path[data-code="${code}"]`).hover();
    return this.page.getByRole('tooltip');
  }

  exportItem(title: string | RegExp) {
    return this.page.getByRole('region', { name: title });
  }

  /** Clicks an export button and returns the downloaded file. */
  async download(item: string | RegExp, format: string) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.exportItem(item).getByRole('button', { name: format, exact: true }).click(),
    ]);
    const bytes = fs.readFileSync((await download.path())!);
    return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }
}
