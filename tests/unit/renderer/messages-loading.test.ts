import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { i18nOptions } from '../../../renderer/src/i18n';

describe('the messages of the other language', () => {
  it('are loaded for an i18next set up in French, English staying the fallback', async () => {
    const i18n = createInstance();
    await i18n.init(await i18nOptions('fr'));
    expect(i18n.t('common.loading')).toBe('Chargement…');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
  });

  it('are not loaded for English', async () => {
    const i18n = createInstance();
    await i18n.init(await i18nOptions('en'));
    expect(i18n.hasResourceBundle('fr', 'translation')).toBe(false);
  });
});
