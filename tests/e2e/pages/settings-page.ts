import { expect, type Page } from '@playwright/test';

/** Settings → Security and data: encryption, backups, the database check; and the start screens. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /^(Settings|Paramètres)$/ })
      .click();
    await expect(
      this.page.getByRole('heading', { name: /Security and data|Sécurité et données/ }),
    ).toBeVisible();
  }

  get dialog() {
    return this.page.getByRole('dialog');
  }

  get backups() {
    return this.page.getByRole('table', { name: /Backups, newest first|Sauvegardes, de la plus/ });
  }

  /** Sets a first passphrase through the dialog, as a user types it. */
  async setPassphrase(passphrase: string, again = passphrase) {
    await this.page.getByRole('button', { name: /Set a passphrase|Définir une phrase/ }).click();
    await this.dialog.getByLabel(/^(New passphrase|Nouvelle phrase secrète)$/).fill(passphrase);
    await this.dialog
      .getByLabel(/^(The new passphrase again|La nouvelle phrase secrète, de nouveau)$/)
      .fill(again);
    await this.dialog
      .getByRole('button', { name: /Encrypt the database|Chiffrer la base/ })
      .click();
  }

  async backUpNow() {
    await this.page.getByRole('button', { name: /Back up now|Sauvegarder maintenant/ }).click();
  }

  /** The unlock screen's passphrase field and its button. */
  async unlock(passphrase: string) {
    await this.page.getByLabel(/^(Passphrase|Phrase secrète)$/).fill(passphrase);
    await this.page.getByRole('button', { name: /^(Unlock|Déverrouiller)$/ }).click();
  }
}
