import { parentPort, workerData } from 'node:worker_threads';
import { readOutcome, type ReadAheadSetup } from './read-ahead.js';

// The reading thread of a one-thread extraction (see read-ahead.ts): reads the inputs in order and answers
// with each document, never more than `window` documents ahead of those the extracting thread has taken.
const setup = workerData as ReadAheadSetup;
const taken = new Int32Array(setup.extracted);
for (let index = 0; index < setup.inputs.length; index++) {
  for (let done = Atomics.load(taken, 0); index - done >= setup.window; done = Atomics.load(taken, 0)) Atomics.wait(taken, 0, done);
  parentPort!.postMessage(readOutcome(setup.inputs[index]!));
}
