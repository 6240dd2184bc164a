import { z } from 'zod';
import { channel } from './channel';

import { UI_LANGUAGES } from '../domain/ui-languages';

export { UI_LANGUAGES, type UiLanguage } from '../domain/ui-languages';

export const Settings = z.object({
  language: z.enum(UI_LANGUAGES).nullable(),
  dataDir: z.string(),
  databaseFile: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number(),
});

export const settingsChannels = {
  'settings.get': channel(z.object({}), Settings),
  'settings.setLanguage': channel(z.object({ language: z.enum(UI_LANGUAGES) }), Settings),
};
