import {
  TABLE_IDS,
  TableLayout,
  UI_LANGUAGES,
  type TableId,
  type UiLanguage,
} from '../../../shared/api/settings';
import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { createSettingsRepo } from './settings.repo';

const isUiLanguage = (v: string | null): v is UiLanguage =>
  v !== null && (UI_LANGUAGES as readonly string[]).includes(v);

const tableKey = (table: TableId) => `table.${table}`;

export function settingsHandlers(ctx: BackendContext): FeatureHandlers<'settings'> {
  const repo = createSettingsRepo(ctx.db);
  /** The saved layouts; one that no longer parses (written by hand, an older shape) is left out. */
  const tables = () => {
    const layouts: Partial<Record<TableId, TableLayout>> = {};
    for (const table of TABLE_IDS) {
      const stored = repo.get(tableKey(table));
      if (stored === null) continue;
      let json: unknown;
      try {
        json = JSON.parse(stored);
      } catch {
        continue;
      }
      const layout = TableLayout.safeParse(json);
      if (layout.success) layouts[table] = layout.data;
    }
    return layouts;
  };
  const read = () => {
    const language = repo.get('language');
    return {
      language: isUiLanguage(language) ? language : null,
      tables: tables(),
      dataDir: ctx.dataDir,
      databaseFile: ctx.databaseFile,
      appVersion: ctx.appVersion,
      schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
    };
  };
  return {
    'settings.get': () => read(),
    'settings.setLanguage': ({ language }) => {
      repo.set('language', language);
      return read();
    },
    'settings.setTableLayout': ({ table, layout }) => {
      if (layout) repo.set(tableKey(table), JSON.stringify(layout));
      else repo.remove(tableKey(table));
      return read();
    },
  };
}
