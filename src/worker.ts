import { parentPort, workerData } from 'node:worker_threads';
import { CitegraphError, InternalError } from './errors.js';
import { loadLexicon } from './extract/lexicon.js';
import type { WorkerReply, WorkerRequest } from './parallel.js';
import { extractInput } from './pipeline.js';

// One extraction worker (see parallel.ts): loads the lexicon once, then reads and
// extracts the documents it is sent, one at a time.
const lexicon = loadLexicon((workerData as { lexiconFiles: string[] }).lexiconFiles);

parentPort!.on('message', async ({ index, input }: WorkerRequest) => {
  const warnings: string[] = [];
  let skipped: string | undefined;
  let reply: WorkerReply;
  try {
    const extraction = await extractInput(input, { lexicon, onWarning: (message) => warnings.push(message), onSkip: (message) => (skipped = message) });
    reply = extraction ? { index, extraction, warnings } : { index, skipped: skipped!, warnings };
  } catch (error) {
    // extractInput gives CitegraphErrors only (bugs become InternalErrors naming the input).
    const known = error instanceof CitegraphError ? error : new InternalError(input.path, error);
    const stack = known.cause instanceof Error ? known.cause.stack : undefined;
    reply = { index, error: { message: known.message, exitCode: known.exitCode, ...(stack ? { stack } : {}) }, warnings };
  }
  parentPort!.postMessage(reply);
});
