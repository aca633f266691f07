import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CitegraphError } from '../errors.js';

/**
 * The built explorer (Vite's output). Resolved through the package root rather
 * than beside this module so that the compiled server (dist/serve) and the
 * TypeScript source run by the tests (src/serve) find the same folder.
 */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** The explorer's folder, checked: a clear line instead of a server that answers 404 to everything. */
export function builtWebRoot(root = WEB_ROOT): string {
  if (!existsSync(join(root, 'index.html'))) throw new CitegraphError(`${root}: the explorer is not built (run npm run build)`);
  return root;
}
