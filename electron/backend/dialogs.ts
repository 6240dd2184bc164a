/**
 * The native file dialogs, as the backend sees them. The Electron shell supplies the real ones;
 * the browser host has none (the browser's own pickers and downloads are used instead).
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  readonly available: boolean;
  /** Asks where to save; null when the user cancels. */
  saveFile(options: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | null>;
  /** Asks for one file to open; null when the user cancels. */
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
}

export const noDialogs: Dialogs = {
  available: false,
  saveFile: () => Promise.resolve(null),
  openFile: () => Promise.resolve(null),
};
