import { parentPort, workerData } from 'node:worker_threads';
import { ExtractionCache } from './cache.js';
import { CitegraphError, InternalError } from './errors.js';
import { loadLexicon } from './extract/lexicon.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './parallel.js';
import { extractInput } from './pipeline.js';

// One extraction worker (see parallel.ts): loads the lexicon once, then reads and
// extracts the documents it is sent, one at a time.
const setup = workerData as WorkerSetup;
const lexicon = loadLexicon(setup.lexiconFiles);
const cache = setup.cache ? new ExtractionCache(setup.cache.folder, setup.cache.context) : undefined;

parentPort!.on('message', async ({ index, input }: WorkerRequest) => {
  let skipped: string | undefined;
  let reply: WorkerReply;
  try {
    const result = await extractInput(input, { lexicon, ...(cache ? { cache } : {}), onSkip: (message) => (skipped = message) });
    reply = result ? { index, ...result } : { index, skipped: skipped!, warnings: [] };
  } catch (error) {
    // extractInput gives CitegraphErrors only (bugs become InternalErrors naming the input).
    const known = error instanceof CitegraphError ? error : new InternalError(input.path, error);
    const stack = known.cause instanceof Error ? known.cause.stack : undefined;
    reply = { index, error: { message: known.message, exitCode: known.exitCode, ...(stack ? { stack } : {}) }, warnings: [] };
  }
  parentPort!.postMessage(reply);
});
