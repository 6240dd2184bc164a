import { create } from 'zustand';
import type { z } from 'zod';
import type { Settings } from '../../../shared/api/settings';
import type { UiLanguage } from '../../../shared/domain/ui-languages';
import { call } from '../lib/api';
import { i18next } from '../i18n';

interface SettingsState {
  settings: z.output<typeof Settings> | null;
  setLanguage(language: UiLanguage): Promise<void>;
}

/** App-wide preferences; the language is saved with the data so both shells remember it. */
export const useSettingsStore = create<SettingsState>((set) => ({
  settings: null,
  async setLanguage(language) {
    await i18next.changeLanguage(language);
    const saved = await call('settings.setLanguage', { language });
    if (saved.ok) set({ settings: saved.value });
  },
}));
