import fs from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** The "Print badges" dialog, opened from the participants view or a person's panel. */
export class BadgesDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(Print badges|Imprimer des badges)$/ });
  }

  async choose(options: { scope?: RegExp; layout?: RegExp; fields?: RegExp[] }): Promise<void> {
    await expect(this.dialog).toBeVisible();
    if (options.scope) await this.dialog.getByRole('radio', { name: options.scope }).check();
    if (options.layout) await this.dialog.getByRole('radio', { name: options.layout }).check();
    for (const field of options.fields ?? [])
      await this.dialog.getByRole('checkbox', { name: field }).check();
  }

  /** Makes the PDF and returns the downloaded file's name and bytes. */
  async make(): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: /^(Make the PDF|Créer le PDF)$/ }).click();
    const file = await download;
    await expect(this.dialog).toBeHidden();
    return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
  }
}
