import { z } from 'zod';
import { channel } from './channel';

import { UI_LANGUAGES } from '../domain/ui-languages';

export { UI_LANGUAGES, type UiLanguage } from '../domain/ui-languages';

/** Tables whose column layout the user can change and the app remembers. */
export const TABLE_IDS = ['participants'] as const;
export type TableId = (typeof TABLE_IDS)[number];

const columnId = z.string().regex(/^[a-zA-Z]{1,40}$/, { error: 'errors.invalid' });

/**
 * A table's columns as the user left them: the widths (in CSS pixels) of the columns they resized,
 * and the columns they hid. Columns a newer version drops are ignored by the table.
 */
export const TableLayout = z.object({
  widths: z.record(columnId, z.number().int().min(40).max(1200)).default({}),
  hidden: z.array(columnId).max(50).default([]),
});
export type TableLayout = z.output<typeof TableLayout>;

export const Settings = z.object({
  language: z.enum(UI_LANGUAGES).nullable(),
  tables: z.partialRecord(z.enum(TABLE_IDS), TableLayout),
  dataDir: z.string(),
  databaseFile: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number(),
});

export const settingsChannels = {
  'settings.get': channel(z.object({}), Settings),
  'settings.setLanguage': channel(z.object({ language: z.enum(UI_LANGUAGES) }), Settings),
  /** Remembers a table's column layout; null forgets it (the default columns again). */
  'settings.setTableLayout': channel(
    z.object({ table: z.enum(TABLE_IDS), layout: TableLayout.nullable() }),
    Settings,
  ),
};
