import { parentPort, workerData } from 'node:worker_threads';
import { ExtractionCache } from './cache.js';
import { CitegraphError } from './errors.js';
import { loadLexicon } from './extract/lexicon.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './parallel.js';
import { extractInput } from './pipeline.js';

// One extraction worker (see parallel.ts): loads the lexicon once, then reads and
// extracts the documents it is sent, one at a time.
const setup = workerData as WorkerSetup;
const lexicon = loadLexicon(setup.lexiconFiles);
const cache = setup.cache ? new ExtractionCache(setup.cache.folder, setup.cache.context) : undefined;

parentPort!.on('message', async ({ index, input }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { index, ...(await extractInput(input, { lexicon, ...(cache ? { cache } : {}) })) };
  } catch (error) {
    const isKnown = error instanceof CitegraphError;
    const message = error instanceof Error ? (isKnown ? error.message : error.stack ?? error.message) : String(error);
    reply = { index, error: { message, exitCode: isKnown ? error.exitCode : 70, isKnown }, warnings: [] };
  }
  parentPort!.postMessage(reply);
});
