// `npm run fuzz [-- --count N --seed S]`: random Markdown, HTML, text and bytes
// through the real reader, extractor and graph builder (not part of `npm test`).
// Every crash is printed with its document, ready to become a regression test.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { anyDocument } from './arbitraries.js';
import { checkDocuments, type FuzzDocument } from './check.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '20261127' }, batch: { type: 'string', default: '25' }, out: { type: 'string', default: 'fuzz-failures.json' } } });
const count = Number(values.count);
const seed = Number(values.seed);
const batch = Number(values.batch);

const started = performance.now();
const failures: { document: FuzzDocument | string; error: string }[] = [];
let extracted = 0;
let graphs = 0;
let done = 0;
// One sample stream for the whole run: the same seed gives the same documents.
const documents = fc.sample(anyDocument, { numRuns: count, seed });
for (let i = 0; i < documents.length; i += batch) {
  const report = checkDocuments(documents.slice(i, i + batch));
  extracted += report.extracted;
  graphs++;
  done += Math.min(batch, documents.length - i);
  failures.push(...report.crashes, ...report.problems.map((problem) => ({ document: `batch from ${i}`, error: problem })));
  if (graphs % 40 === 0) process.stderr.write(`fuzz: ${done}/${count} documents, ${failures.length} failures\n`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const failure of failures.slice(0, 10)) {
  process.stdout.write(`\nFAILURE ${failure.error.split('\n').slice(0, 6).join('\n  ')}\n  document: ${JSON.stringify(failure.document, (_k, v: unknown) => (v instanceof Uint8Array ? `bytes:${Buffer.from(v).toString('base64')}` : v)).slice(0, 2000)}\n`);
}
if (failures.length > 0) writeFileSync(values.out!, JSON.stringify(failures, (_k, v: unknown) => (v instanceof Uint8Array ? `bytes:${Buffer.from(v).toString('base64')}` : v), 2));
process.stdout.write(`fuzz: ${done} documents (seed ${seed}), ${extracted} extracted, ${done - extracted} refused as binary, ${graphs} graphs checked, ${failures.length} failures in ${seconds} s\n`);
process.exitCode = failures.length > 0 ? 1 : 0;
