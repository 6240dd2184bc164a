/**
 * Smoke test of the real desktop shell: opens the built app in Electron and checks what no unit
 * test can — that the window really got the secure preferences, the preload exposes only
 * invoke/on, and the app renders. Runs when an Electron binary exists (ELECTRON_OVERRIDE_DIST_PATH
 * or node_modules/electron/dist); skipped, saying why, on machines without one. Never imports
 * 'electron', whose index.js would try to download the binary.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { contentSecurityPolicy } from '../../electron/main/security';
import { electronNativeBindingPath } from '../../electron/main/native-binding';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const electronDir = path.join(root, 'node_modules', 'electron');

/** The Electron executable, found the way the electron package finds it, or null. */
function electronBinary(): string | null {
  const pathTxt = path.join(electronDir, 'path.txt');
  const fallback = process.platform === 'win32' ? 'electron.exe' : 'electron';
  const relative = fs.existsSync(pathTxt) ? fs.readFileSync(pathTxt, 'utf8').trim() : fallback;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative)
    : fs.existsSync(pathTxt)
      ? path.join(electronDir, 'dist', relative)
      : null;
  return candidate && fs.existsSync(candidate) ? candidate : null;
}

/** Why the test cannot run here, or null when it can. */
function unavailableReason(binary: string | null): string | null {
  if (!binary)
    return 'No Electron binary on this machine: node_modules/electron/dist is missing (its download failed) and ELECTRON_OVERRIDE_DIST_PATH is not set. The desktop shell is covered by tests/unit/electron; the app by the browser-host tests.';
  if (!fs.existsSync(electronNativeBindingPath(root)))
    return 'Electron is here but the SQLite driver is not built for it: run "npm run build:electron-native" (needs internet once).';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return 'Electron is here but there is no display: run the tests under "xvfb-run -a".';
  return null;
}

/** What the page-side checks use; this project's Node typings have no DOM. */
interface PageGlobals {
  plenary?: { invoke(channel: string, input: unknown): Promise<unknown> };
  require?: unknown;
  process?: unknown;
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  };
  location: { href: string };
  open(url: string): unknown;
  Notification: { requestPermission(): Promise<string> };
}

const binary = electronBinary();
const reason = unavailableReason(binary);

test.describe('the desktop app (Electron)', () => {
  test.skip(reason !== null, reason ?? '');

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeEach(async () => {
    expect(
      fs.existsSync(path.join(root, 'out', 'main', 'index.js')),
      'Build first: npx electron-vite build',
    ).toBe(true);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-electron-e2e-'));
    const env = { ...process.env } as Record<string, string>;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await _electron.launch({
      executablePath: binary!,
      cwd: root,
      // Chromium will not start as root with its OS sandbox (CI containers); the renderer's
      // sandbox flag, which this test checks, does not depend on it.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.', '--data-dir', dataDir],
      env,
    });
    page = await app.firstWindow();
  });

  test.afterEach(async () => {
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens one secure window showing Plenary', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Plenary' })).toBeVisible();

    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows();
      // Not in Electron's typings, but the documented way to read what the window really got.
      const contents = windows[0]!.webContents as unknown as {
        getLastWebPreferences(): Record<string, unknown>;
      };
      const p = contents.getLastWebPreferences();
      return {
        windows: windows.length,
        sandbox: p.sandbox,
        contextIsolation: p.contextIsolation,
        nodeIntegration: p.nodeIntegration,
        nodeIntegrationInWorker: p.nodeIntegrationInWorker,
        nodeIntegrationInSubFrames: p.nodeIntegrationInSubFrames,
        webSecurity: p.webSecurity,
        allowRunningInsecureContent: p.allowRunningInsecureContent,
        webviewTag: p.webviewTag,
        preload: String(p.preload ?? ''),
      };
    });
    expect(prefs).toMatchObject({
      windows: 1,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.preload).toMatch(/preload[\\/]index\.cjs$/);

    const surface = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return {
        bridge: Object.keys(g.plenary ?? {}).sort(),
        require: typeof g.require,
        process: typeof g.process,
        csp: g.document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content'),
      };
    });
    expect(surface).toEqual({
      bridge: ['invoke', 'on'],
      require: 'undefined',
      process: 'undefined',
      csp: contentSecurityPolicy('meta'),
    });
  });

  test('reaches the backend only through the contract, on the chosen data folder', async () => {
    const replies = await page.evaluate(async () => {
      const { plenary } = globalThis as unknown as PageGlobals;
      return {
        settings: await plenary!.invoke('settings.get', {}),
        unknown: await plenary!.invoke('fs.readFile', { path: '/etc/passwd' }),
      };
    });
    expect(replies.settings).toMatchObject({ ok: true, value: { dataDir } });
    expect(replies.unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  test('stays on its page: navigation, new windows and permissions are refused', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Plenary' })).toBeVisible();
    const before = page.url();
    // file: targets, so that nothing is handed to the system browser during the test.
    const result = await page.evaluate(async () => {
      const g = globalThis as unknown as PageGlobals;
      const popup = g.open('file:///etc/hostname');
      g.location.href = 'file:///etc/hostname';
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { popup: popup === null, notifications: await g.Notification.requestPermission() };
    });
    expect(result).toEqual({ popup: true, notifications: 'denied' });
    expect(page.url()).toBe(before);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
