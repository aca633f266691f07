import { fileURLToPath } from 'node:url';

// The files citegraph reads from its own package, found from this module, which sits at the top of
// src/ (dist/ once built). The CLI and its threads run from one-file bundles at that same level
// (dist/cli.js, dist/worker.js, dist/read-worker.js: see scripts/bundle.mjs), where every module
// shares the bundle's `import.meta.url`, so only paths taken from a top-level module hold in both.
const fromTop = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The lexicon file that ships with citegraph (copied beside the built modules by `npm run build`). */
export const DEFAULT_LEXICON_PATH = fromTop('./extract/lexicon/default.json');

/** The word-data snapshot `npm run build` writes (see extract/word-data.ts); absent under src/. */
export const WORD_SNAPSHOT_PATH = fromTop('./extract/word-data.json');

/**
 * The built explorer (Vite's output), through the package root, so that the compiled server and the
 * TypeScript source run by the tests find the same folder.
 */
export const WEB_ROOT = fromTop('../dist/web/');

/** The JSON Schema (draft 2020-12) of the schema-1 export; it ships with the package, at its root. */
export const GRAPH_SCHEMA_PATH = fromTop('../schema/graph.schema.json');
