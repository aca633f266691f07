import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CitegraphError } from '../errors.js';
import { WEB_ROOT } from '../package-files.js';

export { WEB_ROOT };

/** The explorer's folder, checked: a clear line instead of a server that answers 404 to everything. */
export function builtWebRoot(root = WEB_ROOT): string {
  if (!existsSync(join(root, 'index.html'))) throw new CitegraphError(`${root}: the explorer is not built (run npm run build)`);
  return root;
}
