import fs from 'node:fs';
import { expect, type Download, type Page } from '@playwright/test';

/** A change log: a meeting's page, or the section of a person's page. */
export class AuditLogPage {
  constructor(readonly page: Page) {}

  /** Opens the meeting's Change log from its navigation. */
  async openForMeeting(title: RegExp | string) {
    await this.page.getByRole('link', { name: /Change log|Journal des modifications/ }).click();
    await expect(
      this.page.getByRole('heading', { name: /^(Change log|Journal des modifications)$/ }),
    ).toBeVisible();
    await expect(this.page.getByText(title).first()).toBeVisible();
  }

  get table() {
    return this.page.getByRole('table', { name: /^(Changes|Modifications) / });
  }

  get rows() {
    return this.table.getByRole('row').filter({ hasNot: this.page.getByRole('columnheader') });
  }

  get search() {
    return this.page.getByRole('textbox', { name: /Search the log|Rechercher dans le journal/ });
  }

  get count() {
    return this.page.getByText(/^\d+ (changes?|modifications?)$/);
  }

  /** Picks an option of one of the filters ("Area", "Who"). */
  async choose(filter: RegExp, option: string) {
    await this.page.getByRole('combobox', { name: filter }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Clicks an export button and returns the downloaded file's bytes and name. */
  async export(format: 'CSV' | 'XLSX'): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page
        .getByRole('button', {
          name: new RegExp(`(Export the log as|Exporter le journal en) ${format}`),
        })
        .click(),
    ]);
    return read(download);
  }
}

export async function read(download: Download): Promise<{ name: string; bytes: Buffer }> {
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}
