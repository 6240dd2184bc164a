import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../backend/dialogs';

/** The native save/open dialogs behind the backend's small Dialogs interface. */
export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    available: true,
    async saveFile({ title, defaultName, filters }) {
      const win = window();
      const options = { title, defaultPath: defaultName, filters };
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openFile({ title, filters }) {
      const win = window();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
