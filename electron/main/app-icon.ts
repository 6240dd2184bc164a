import path from 'node:path';

/**
 * The window's icon, from resources/ (made by scripts/build-icons.mjs): Windows takes the .ico,
 * which holds every size it may ask for; Linux desktops take the 512 px PNG. macOS ignores it and
 * shows the app bundle's icon.
 */
export function windowIconPath(appRoot: string, platform: NodeJS.Platform): string {
  return path.join(appRoot, 'resources', platform === 'win32' ? 'icon.ico' : 'icon.png');
}
