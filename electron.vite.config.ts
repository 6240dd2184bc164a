import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './electron/main/security';

/** Puts the one Content-Security-Policy into index.html, so the page carries it however it is served. */
function cspMeta(): Plugin {
  return {
    name: 'plenary-csp-meta',
    transformIndexHtml: (html: string) =>
      html.replace(
        '<!-- CSP -->',
        `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('meta')}" />`,
      ),
  };
}

/** PLENARY_OUT_DIR lets a test or benchmark build elsewhere without disturbing out/. */
const outRoot = resolve(__dirname, process.env.PLENARY_OUT_DIR ?? 'out');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(outRoot, 'main'),
      // Dependencies stay external (loaded from node_modules at run time), except the country-name
      // JSON files: an external JSON import loses its `with { type: 'json' }`, which Node requires.
      externalizeDeps: { exclude: ['i18n-iso-countries'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The backend's worker thread, started by electron/backend/worker/worker-backend.ts.
          'backend-worker': resolve(__dirname, 'electron/backend/worker/backend-worker.ts'),
        },
        // The native addon is loaded from disk at run time, never bundled.
        external: ['better-sqlite3-multiple-ciphers', 'electron', 'i18n-iso-countries'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(outRoot, 'preload'),
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), cspMeta()],
    build: {
      outDir: resolve(outRoot, 'renderer'),
      // electron-vite leaves the renderer unminified by default; users load it on every start.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
