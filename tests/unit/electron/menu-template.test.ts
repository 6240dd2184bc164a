import { describe, expect, it, vi } from 'vitest';
import en from '../../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../../shared/i18n/fr.json' with { type: 'json' };
import { menuLabels, menuTemplate } from '../../../electron/main/menu-template';

// Electron's MenuItemConstructorOptions, named without importing electron (lint forbids it here).
type Item = ReturnType<typeof menuTemplate>[number];
const noop = () => {};

/** Every item of the menu, submenus included. */
function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as Item[]) : []),
  ]);
}

const build = (
  language: string | null,
  options: Partial<{ isMac: boolean; isPackaged: boolean; onAbout: () => void }> = {},
) =>
  menuTemplate(menuLabels(language), {
    isMac: false,
    isPackaged: true,
    onAbout: noop,
    ...options,
  });

describe('menuLabels', () => {
  it('follows the chosen language, English when none or an unknown one is set', () => {
    expect(menuLabels('fr')).toEqual(fr.menu);
    expect(menuLabels('en')).toEqual(en.menu);
    expect(menuLabels(null)).toEqual(en.menu);
    expect(menuLabels('de')).toEqual(en.menu);
  });
});

describe('menuTemplate', () => {
  it('shows the English menu bar', () => {
    expect(build('en').map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('shows the French menu bar and French items', () => {
    const menu = build('fr');
    expect(menu.map((m) => m.label)).toEqual([
      'Fichier',
      'Édition',
      'Affichage',
      'Fenêtre',
      'Aide',
    ]);
    const labels = flatten(menu).map((item) => item.label);
    expect(labels).toContain('Copier');
    expect(labels).toContain('Quitter Plenary');
    expect(labels).not.toContain('Copy');
  });

  it('labels every item in the chosen language (no role falls back to Electron’s English)', () => {
    for (const language of ['en', 'fr']) {
      const known = new Set<string>(Object.values(menuLabels(language)));
      for (const item of flatten(build(language, { isPackaged: false }))) {
        if (item.type === 'separator' || item.role === 'appMenu') continue;
        expect(item.label && known.has(item.label), `${language}: ${item.role}`).toBe(true);
      }
    }
  });

  it('offers developer tools only in a development build', () => {
    const roles = (isPackaged: boolean) =>
      flatten(build('en', { isPackaged })).map((item) => item.role);
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
  });

  it('starts with the app menu on macOS only, where File closes the window', () => {
    const mac = build('en', { isMac: true });
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(mac.slice(1).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect((mac[1]!.submenu as Item[]).map((i) => i.role)).toEqual(['close']);

    const other = build('en', { isMac: false });
    expect(flatten(other).some((i) => i.role === 'appMenu')).toBe(false);
    expect((other[0]!.submenu as Item[]).map((i) => i.role)).toEqual(['quit']);
  });

  it('keeps the standard editing roles, so copy and paste work in every field', () => {
    const roles = flatten(build('en')).map((item) => item.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'] as const)
      expect(roles).toContain(role);
  });

  it('opens the About box from Help', () => {
    const onAbout = vi.fn();
    const help = build('en', { onAbout }).at(-1)!;
    const about = (help.submenu as Item[]).find((i) => i.label === 'About Plenary');
    (about?.click as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
  });
});
