/*
 * Stands in for the Node.js modules that shared code imports: the graph
 * loader (which reads files on the server side only) and the lexicon module
 * under the CLI's did-you-mean suggestions (which reads its file only when
 * extracting). In the page they are never called.
 */
export function readFile(path: string): Promise<never> {
  return Promise.reject(new Error(`${path}: files are not read from disk in the browser`));
}

export function readFileSync(path: string): never {
  throw new Error(`${path}: files are not read from disk in the browser`);
}

export function fileURLToPath(url: string | URL): string {
  return String(url);
}
