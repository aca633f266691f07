import { parentPort, workerData } from 'node:worker_threads';
import { prepareDocument } from './extract/prepare.js';
import { NEXT, readOutcome, type ReadAheadSetup, type ReadOutcome, TAKEN } from './read-ahead.js';

// The reading thread of a one-thread extraction (see read-ahead.ts): takes the next input to read, never more
// than `window` ahead of the documents the extracting thread has taken, and answers with what it read.
const setup = workerData as ReadAheadSetup;
const cells = new Int32Array(setup.cells);
for (;;) {
  for (let taken = Atomics.load(cells, TAKEN); Atomics.load(cells, NEXT) - taken >= setup.window; taken = Atomics.load(cells, TAKEN)) {
    Atomics.wait(cells, TAKEN, taken);
  }
  const index = Atomics.add(cells, NEXT, 1);
  if (index >= setup.inputs.length) break;
  parentPort!.postMessage({ index, outcome: preparedOutcome(setup.inputs[index]!) });
}

/**
 * The input read, and extraction's first steps taken on it (see prepare.ts). Should they fail (a bug), the
 * document goes without them: the extracting thread takes them again, and reports the failure as for any other.
 */
function preparedOutcome(input: ReadAheadSetup['inputs'][number]): ReadOutcome {
  const outcome = readOutcome(input);
  if (!('document' in outcome)) return outcome;
  try {
    return { ...prepareDocument(outcome.document), warnings: outcome.warnings };
  } catch {
    return outcome;
  }
}
