import fs from 'node:fs';
import path from 'node:path';
import icoEndec from 'ico-endec';
import { describe, expect, it } from 'vitest';
import { windowIconPath } from '../../../electron/main/app-icon';

const root = path.resolve(import.meta.dirname, '../../..');
const resources = path.join(root, 'resources');

/** Width and height from a PNG's header (IHDR), which every PNG starts with. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the app icon', () => {
  it('exists as PNGs of every size desktops ask for, each as large as its name says', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
      const file = path.join(resources, 'icons', `${size}x${size}.png`);
      expect(pngSize(fs.readFileSync(file)), file).toEqual([size, size]);
    }
    expect(pngSize(fs.readFileSync(path.join(resources, 'icon.png')))).toEqual([512, 512]);
  });

  it('has an .ico with the sizes Windows and browsers use, made from the same source', () => {
    const entries = icoEndec.decode(fs.readFileSync(path.join(resources, 'icon.ico')));
    const sizes = entries.map((entry) => pngSize(entry.imageData)[0]).sort((a, b) => a - b);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(fs.readFileSync(path.join(resources, 'icon.svg'), 'utf8')).toMatch(/^<svg /);
  });

  it('is the window’s icon: the .ico on Windows, the PNG elsewhere, both on disk', () => {
    for (const [platform, name] of [
      ['win32', 'icon.ico'],
      ['linux', 'icon.png'],
      ['darwin', 'icon.png'],
    ] as const) {
      const file = windowIconPath(root, platform);
      expect(path.basename(file)).toBe(name);
      expect(fs.existsSync(file)).toBe(true);
    }
  });
});
