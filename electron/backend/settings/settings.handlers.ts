import { UI_LANGUAGES, type UiLanguage } from '../../../shared/api/settings';
import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { createSettingsRepo } from './settings.repo';

const isUiLanguage = (v: string | null): v is UiLanguage =>
  v !== null && (UI_LANGUAGES as readonly string[]).includes(v);

export function settingsHandlers(ctx: BackendContext): FeatureHandlers<'settings'> {
  const repo = createSettingsRepo(ctx.db);
  const read = () => {
    const language = repo.get('language');
    return {
      language: isUiLanguage(language) ? language : null,
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
  };
}
