// Makes the app icon's PNG and ICO files from resources/icon.svg (run after changing the SVG; the
// results are committed, so neither the app nor packaging needs this script's dev dependencies).
//   resources/icons/<n>x<n>.png  every size desktops ask for (16–512), as electron-builder expects
//   resources/icon.png           512 px, the window icon on Linux and the source for macOS
//   resources/icon.ico           16–256 px in one file: Windows, and the browser host's favicon
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import icoEndec from 'ico-endec';

const resources = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');
const svg = fs.readFileSync(path.join(resources, 'icon.svg'));
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const render = (size) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' })
    .render()
    .asPng();

const pngs = new Map(PNG_SIZES.map((size) => [size, render(size)]));
fs.mkdirSync(path.join(resources, 'icons'), { recursive: true });
for (const [size, png] of pngs)
  fs.writeFileSync(path.join(resources, 'icons', `${size}x${size}.png`), png);
fs.writeFileSync(path.join(resources, 'icon.png'), pngs.get(512));
fs.writeFileSync(
  path.join(resources, 'icon.ico'),
  icoEndec.encode(ICO_SIZES.map((size) => pngs.get(size))),
);
console.log(`Wrote ${PNG_SIZES.length} PNGs, icon.png and icon.ico in ${resources}`);
