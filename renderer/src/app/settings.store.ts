import { create } from 'zustand';
import type { z } from 'zod';
import type { Settings, TableId, TableLayout } from '../../../shared/api/settings';
import type { UiLanguage } from '../../../shared/domain/ui-languages';
import { call } from '../lib/api';
import { i18next, loadMessages } from '../i18n';

interface SettingsState {
  settings: z.output<typeof Settings> | null;
  setLanguage(language: UiLanguage): Promise<void>;
  /** Applies a table's column layout at once and saves it; null goes back to the defaults. */
  setTableLayout(table: TableId, layout: TableLayout | null): Promise<boolean>;
}

/**
 * App-wide preferences, saved with the data so both shells remember them: the language, and the
 * column layout of tables (kept in the database rather than localStorage, whose browser-host origin
 * changes with the port; one data folder per user account makes them the user's own).
 */
export const useSettingsStore = create<SettingsState>((set, get) => ({
  settings: null,
  async setLanguage(language) {
    // Saved while the language's messages load, not after: a window closed or reloaded right
    // after the click (the messages can take a moment to arrive) still opens in this language.
    const saving = call('settings.setLanguage', { language });
    await loadMessages(language);
    await i18next.changeLanguage(language);
    const saved = await saving;
    if (saved.ok) set({ settings: saved.value });
  },
  async setTableLayout(table, layout) {
    const current = get().settings;
    if (current) {
      const tables = { ...current.tables };
      if (layout) tables[table] = layout;
      else delete tables[table];
      set({ settings: { ...current, tables } });
    }
    const saved = await call('settings.setTableLayout', { table, layout });
    return saved.ok;
  },
}));
