import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { i18nOptions } from '../../../renderer/src/i18n';
import { localeFormatter } from '../../../renderer/src/i18n/locale-formatter';

/** An i18next set up exactly as the app sets it up, in `language`. */
async function translator(language: string) {
  const i18n = createInstance();
  await i18n.use(localeFormatter).init(await i18nOptions(language));
  return i18n;
}

const NNBSP = '\u202f';

describe('numbers in messages follow the language', () => {
  it('writes a plain {{count}} with the language’s digit grouping', async () => {
    expect((await translator('en')).t('meetings.count', { count: 1234 })).toBe('1,234 meetings');
    expect((await translator('fr')).t('meetings.count', { count: 1234 })).toBe(
      `1${NNBSP}234 réunions`,
    );
  });

  it('keeps French plural forms right: 0 and 1 are singular, 2 and more plural', async () => {
    const fr = await translator('fr');
    expect(fr.t('meetings.days', { count: 0 })).toBe('0 jour');
    expect(fr.t('meetings.days', { count: 1 })).toBe('1 jour');
    expect(fr.t('meetings.days', { count: 2 })).toBe('2 jours');
  });

  it('formats placeholders that name the number format, and leaves text alone', async () => {
    const fr = await translator('fr');
    fr.addResource('fr', 'translation', 'probe', '{{n, number}} · {{name}} · {{items, list}}');
    expect(fr.t('probe', { n: 10000, name: '2026', items: ['a', 'b', 'c'] })).toBe(
      `10${NNBSP}000 · 2026 · a, b et c`,
    );
  });
});
