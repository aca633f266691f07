import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The explorer: relative URLs (`base: './'`) so that the built folder works
 * under any path of any static server, and no inline script, so that the
 * server's Content-Security-Policy can forbid them.
 */
export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  resolve: {
    // The graph loader is shared with the CLI; in the page only its parser runs, never its file reading.
    alias: { 'node:fs/promises': here('src/no-fs.ts') },
  },
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
  },
});
