import { parentPort, workerData } from 'node:worker_threads';
import { NEXT, readOutcome, type ReadAheadSetup, TAKEN } from './read-ahead.js';

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
  parentPort!.postMessage({ index, outcome: readOutcome(setup.inputs[index]!) });
}
