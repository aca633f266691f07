import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The graph depends only on the inputs and the options, and stderr carries only citegraph's own lines:
// the modules that read, extract and build never look at the environment nor print. (A debugging line
// left in the name finder once read the environment 35,000 times a pass over the corpus, and would have
// printed every judged name for a user who happened to have DBG set.) Only the commands may: `query`'s
// colours follow NO_COLOR and the terminal, `serve` takes PORT.
const SRC = join(import.meta.dirname, '..', 'src');
const PURE = ['extract', 'read', 'graph', 'export', 'eval'];
const IMPURE = /\bprocess\.env\b|\bconsole\.(?:log|error|warn|info|debug)\b/;

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the modules that make the graph', () => {
  it('read no environment variable and write nothing to the console', () => {
    const files = PURE.flatMap((folder) => sourcesUnder(join(SRC, folder)));
    expect(files.length).toBeGreaterThan(20);
    const offending = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, k) => (IMPURE.test(line.replace(/\/\/.*$/, '')) ? [`${relative(SRC, file)}:${k + 1}: ${line.trim()}`] : [])),
    );
    expect(offending).toEqual([]);
  });
});
