/**
 * Packaging with electron-builder (`npx electron-builder`, on a machine with internet: it downloads
 * Electron and the installer tools). The app is the electron-vite build in out/, the icons in
 * resources/ and better-sqlite3 built for Electron's ABI in native/electron/ (`npm run
 * build:electron-native`), inside an ASAR archive whose integrity Electron checks at start.
 *
 * The fuses are flipped in the Electron binary at packaging time, so they cannot be undone by an
 * environment variable or a command-line flag on the user's machine: a packaged Plenary cannot be
 * run as a plain Node (which would read its data without the app's rules), take NODE_OPTIONS or
 * --inspect (code injected into the process holding the database), or load its code from anywhere
 * but its checked archive; cookies are encrypted, and file:// pages get no extra privileges (the
 * page comes from app://, see electron/main/app-protocol.ts).
 */
import type { Configuration } from 'electron-builder';

/** The fuses of the packaged binary (see the comment above); a unit test holds them in place. */
export const ELECTRON_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
} as const satisfies NonNullable<Configuration['electronFuses']>;

const config: Configuration = {
  appId: 'org.plenary.desktop',
  productName: 'Plenary',
  copyright: 'Plenary contributors',
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/**/*', 'resources/**/*', 'native/electron/**/*', 'package.json'],
  asar: true,
  // A native module cannot be loaded from inside the archive.
  asarUnpack: ['native/electron/**', '**/*.node'],
  // better-sqlite3 for Electron is built apart (native/electron), so the one in node_modules stays
  // the Node build the tests use; electron-builder must not rebuild it in place.
  npmRebuild: false,
  electronFuses: ELECTRON_FUSES,
  mac: { category: 'public.app-category.productivity', hardenedRuntime: true, target: 'dmg' },
  win: { target: 'nsis', icon: 'resources/icon.ico' },
  linux: { target: 'AppImage', category: 'Office', icon: 'resources/icons' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
};

export default config;
