import { expect, type Page } from '@playwright/test';

/** The privacy dialogs: the retention review, "delete everywhere" and the data export. */
export class PrivacyDialogs {
  constructor(readonly page: Page) {}

  get review() {
    return this.page.getByRole('dialog', {
      name: /Apply the retention dates|Appliquer les durées de conservation/,
    });
  }

  get erase() {
    return this.page.getByRole('dialog', {
      name: /Delete this person everywhere|Supprimer cette personne partout/,
    });
  }

  /** Ticks "I understand…" in a dialog, the confirm button being disabled until then. */
  async understand(dialog: ReturnType<Page['getByRole']>, confirm: RegExp) {
    const button = dialog.getByRole('button', { name: confirm });
    await expect(button).toBeDisabled();
    await dialog
      .getByRole('checkbox', {
        name: /I understand that this cannot be undone|Je comprends que cette opération est irréversible/,
      })
      .check();
    await expect(button).toBeEnabled();
    return button;
  }
}
