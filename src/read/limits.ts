// Kept apart from the readers so that the command line can check --max-file-size without
// loading them; free of Node imports because the explorer's bundle loads graphs through query/load.ts.

/** Files above this size are skipped in folders and refused on the command line, unless --max-file-size says otherwise. */
export const DEFAULT_MAX_FILE_SIZE = 64e6;

/** The largest file that can be read at all: a string in V8 (Node's `buffer.constants.MAX_STRING_LENGTH`) holds at most this many characters. */
export const MAX_READABLE_SIZE = 2 ** 29 - 24;

/** Sizes in messages, as people read them: `600 MB`, `12 kB`, `40 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} kB`;
  return `${bytes} bytes`;
}

/** The problem with a file of `size` bytes under a limit of `limit`, if any. */
export function sizeProblem(size: number, limit: number): string | undefined {
  if (size <= limit) return undefined;
  return limit >= MAX_READABLE_SIZE
    ? `too large (${formatSize(size)}; the most citegraph can read is ${formatSize(MAX_READABLE_SIZE)})`
    : `too large (${formatSize(size)}, over the limit of ${formatSize(limit)}; raise it with --max-file-size)`;
}

/** Reads `--max-file-size` values: bytes, or a number with k, M or G (powers of 1,000), e.g. `64M`, `1.5G`. */
export function parseSize(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$/i.exec(value);
  if (!match) return undefined;
  const size = Number(match[1]) * { '': 1, k: 1e3, m: 1e6, g: 1e9 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return size >= 1 ? Math.floor(size) : undefined;
}
