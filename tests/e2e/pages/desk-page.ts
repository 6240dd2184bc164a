import { expect, type Locator, type Page } from '@playwright/test';

/** The tones the page played, recorded by a spy put in place before the app loads. */
const TONE_SPY = `
  window.__tones = [];
  const Original = window.AudioContext;
  window.AudioContext = class extends Original {
    createOscillator() {
      const oscillator = super.createOscillator();
      const start = oscillator.start.bind(oscillator);
      oscillator.start = (...args) => { window.__tones.push(oscillator.frequency.value); return start(...args); };
      return oscillator;
    }
  };`;

/** The check-in desk, as a registrar (or a USB scanner, which types) uses it. */
export class DeskPage {
  readonly field: Locator;
  readonly answer: Locator;
  readonly matches: Locator;
  readonly counter: Locator;

  constructor(readonly page: Page) {
    this.field = page.getByRole('combobox', { name: /Badge or name|Badge ou nom/ });
    this.answer = page.getByTestId('desk-answer');
    this.matches = page.getByRole('listbox');
    this.counter = page.getByTestId('desk-counter');
  }

  /** Records the tones the desk plays from now on; call before the app loads. */
  static async listenForTones(page: Page): Promise<void> {
    await page.addInitScript(TONE_SPY);
  }

  async open(origin: string, meetingId: number, sessionId?: number): Promise<void> {
    await this.page.goto(
      `${origin}/#/meetings/${meetingId}/desk${sessionId ? `/sessions/${sessionId}` : ''}`,
    );
    await expect(this.field).toBeFocused();
  }

  /** What a USB scanner does: types the code key by key, then Enter. */
  async scan(code: string): Promise<void> {
    await this.page.keyboard.type(code);
    await this.page.keyboard.press('Enter');
  }

  /**
   * A scanner types a code in a few milliseconds, far faster than the test's keyboard (one round
   * trip per key): the whole code arrives at once, then Enter.
   */
  async scanAtScannerSpeed(code: string): Promise<void> {
    await this.page.keyboard.insertText(code);
    await this.page.keyboard.press('Enter');
  }

  async expectAnswer(word: string | RegExp, tone: 'success' | 'notice' | 'refusal') {
    await expect(this.answer.getByRole('status')).toContainText(word);
    await expect(this.answer).toHaveAttribute('data-tone', tone);
  }

  /** The frequencies of the tones played since the page loaded. */
  tones(): Promise<number[]> {
    return this.page.evaluate('window.__tones') as Promise<number[]>;
  }
}
