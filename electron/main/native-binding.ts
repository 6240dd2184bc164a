import path from 'node:path';

/** Where scripts/build-electron-native.mjs puts the SQLite driver built for Electron's ABI. */
export function electronNativeBindingPath(appRoot: string): string {
  return path.join(appRoot, 'native', 'electron', 'better_sqlite3.node');
}

/** The plain-language advice when the desktop app cannot load its database engine. */
export function nativeBindingAdvice(bindingPath: string, exists: boolean): string {
  return exists
    ? `The database engine at ${bindingPath} could not be loaded. Run "npm run build:electron-native" again, or use "npm run web" to run Plenary in your browser.`
    : `The database engine for the desktop app has not been built yet (${bindingPath} is missing). Run "npm start", which builds it when online, or use "npm run web" to run Plenary in your browser.`;
}
