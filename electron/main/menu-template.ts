import type { MenuItemConstructorOptions } from 'electron';
import en from '../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../shared/i18n/fr.json' with { type: 'json' };

type MenuLabels = typeof en.menu;

export function menuLabels(language: string | null): MenuLabels {
  return language === 'fr' ? fr.menu : en.menu;
}

/**
 * The application menu as data (pure, unit-tested): standard roles so that copy, paste, zoom and
 * quit behave as on every desktop app; no developer tools in a packaged build.
 */
export function menuTemplate(
  labels: MenuLabels,
  options: { isMac: boolean; isPackaged: boolean; onAbout: () => void },
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: labels.reload },
    { type: 'separator' },
    { role: 'resetZoom', label: labels.resetZoom },
    { role: 'zoomIn', label: labels.zoomIn },
    { role: 'zoomOut', label: labels.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: labels.fullScreen },
  ];
  if (!options.isPackaged) view.push({ role: 'toggleDevTools', label: labels.devTools });
  return [
    ...(options.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: labels.file,
      submenu: [
        options.isMac
          ? { role: 'close', label: labels.close }
          : { role: 'quit', label: labels.quit },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        { type: 'separator' },
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
    { label: labels.view, submenu: view },
    { label: labels.window, submenu: [{ role: 'minimize', label: labels.minimize }] },
    { label: labels.help, submenu: [{ label: labels.about, click: options.onAbout }] },
  ];
}
