import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { HostHandle } from '../fixtures';

/** The agenda page's export menu and its person dialog, found by role and name as a user would. */
export class ProgrammeExport {
  constructor(readonly page: Page) {}

  /** Opens the meeting's programme page. */
  async open(host: HostHandle, meetingId: number) {
    await this.page.goto(`${host.origin}/#/meetings/${meetingId}/agenda`);
    await expect(this.page.getByRole('heading', { name: /^Programme$/, level: 2 })).toBeVisible();
  }

  get button() {
    return this.page.getByRole('button', { name: /^(Export|Exporter)$/ });
  }

  get menu() {
    return this.page.getByRole('menu');
  }

  async openMenu() {
    await this.button.click();
    await expect(this.menu).toBeVisible();
  }

  /** The documents' language, chosen beside the menu. */
  get languages() {
    return this.page.getByRole('radiogroup', { name: /^(Documents in|Documents en)$/ });
  }

  language(name: 'English' | 'Français') {
    return this.languages.getByRole('radio', { name });
  }

  async chooseLanguage(name: 'English' | 'Français') {
    await this.languages.getByText(name).click();
    await expect(this.language(name)).toBeChecked();
  }

  /** Clicks a menu item (or a dialog button) that downloads, and returns the file. */
  async download(click: () => Promise<void>) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), click()]);
    const bytes = fs.readFileSync((await download.path())!);
    return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }

  async downloadItem(name: string | RegExp) {
    await this.openMenu();
    return this.download(() => this.menu.getByRole('menuitem', { name }).click());
  }

  get personDialog() {
    return this.page.getByRole('dialog', { name: /one person|d’une personne/ });
  }

  /** Opens the person dialog and picks the person whose option contains `search`. */
  async choosePerson(search: string) {
    await this.openMenu();
    await this.menu.getByRole('menuitem', { name: /One person|d’une personne/ }).click();
    const box = this.personDialog.getByRole('combobox', { name: /^(Person|Personne)/ });
    await box.fill(search);
    await this.page.getByRole('option', { name: new RegExp(search) }).click();
  }
}
