import fc from 'fast-check';
import { anyDocument } from './arbitraries.js';
import { checkDocuments } from './check.js';
const [from, to] = process.argv.slice(2).map(Number);
const documents = fc.sample(anyDocument, { numRuns: 10000, seed: 20261127 });
for (let i = from!; i < to!; i++) {
  process.stderr.write(`doc ${i}\n`);
  const t = performance.now();
  const r = checkDocuments([documents[i]!]);
  const ms = performance.now() - t;
  if (ms > 2000 || r.crashes.length) console.log(i, Math.round(ms), r.crashes.map((c) => c.error.split('\n')[0]), JSON.stringify(documents[i]).slice(0, 300));
}
