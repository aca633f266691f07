/** Stands in for `node:fs/promises` in the page: the shared graph loader only reads files on the server side. */
export function readFile(path: string): Promise<never> {
  return Promise.reject(new Error(`${path}: files are not read from disk in the browser`));
}
