import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../src/serve/headers.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The server's policy, also in the page for `citegraph site` output, whatever
 * server hosts it (less `frame-ancestors`, which only a header can carry).
 */
function contentSecurityPolicyMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ').filter((directive) => !directive.startsWith('frame-ancestors')).join('; ');
  return {
    name: 'citegraph-content-security-policy',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

/**
 * A classic script (web/public/assets/opened-from-disk.js) that browsers run even from
 * file://, where they refuse the page's module: it says why the graph cannot load
 * and how to serve the folder. Added after bundling, which takes only modules.
 */
function openedFromDiskNotice(): Plugin {
  return {
    name: 'citegraph-opened-from-disk',
    transformIndexHtml: { order: 'post', handler: () => [{ tag: 'script', attrs: { defer: true, src: './assets/opened-from-disk.js' }, injectTo: 'head' }] },
  };
}

/**
 * The did-you-mean suggestions come from the CLI's module, which imports the
 * lexicon module for `foldName`; that module names its lexicon file with
 * `new URL(…, import.meta.url)`, which Vite would copy into the page's assets
 * although the page never reads it.
 */
function withoutLexiconFile(): Plugin {
  return {
    name: 'citegraph-without-lexicon-file',
    enforce: 'pre',
    transform: (code, id) => (id.endsWith('/src/extract/lexicon.ts') ? code.replace(/new URL\(('[^']*'), import\.meta\.url\)/g, '$1') : undefined),
  };
}

/**
 * The explorer: relative URLs (`base: './'`) so that the built folder works
 * under any path of any static server, and no inline script, so that the
 * server's Content-Security-Policy can forbid them.
 */
export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  plugins: [contentSecurityPolicyMeta(), openedFromDiskNotice(), withoutLexiconFile()],
  resolve: {
    // The graph loader and the did-you-mean suggestions are shared with the CLI; in the page only their
    // pure functions run, never their file reading.
    alias: [{ find: /^node:(fs|fs\/promises|url)$/, replacement: here('src/no-node.ts') }],
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
