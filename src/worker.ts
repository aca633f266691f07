import { parentPort, workerData } from 'node:worker_threads';
import { CitegraphError } from './errors.js';
import { loadLexicon } from './extract/lexicon.js';
import type { WorkerReply, WorkerRequest } from './parallel.js';
import { extractInput } from './pipeline.js';

// One extraction worker (see parallel.ts): loads the lexicon once, then reads and
// extracts the documents it is sent, one at a time.
const lexicon = loadLexicon((workerData as { lexiconFiles: string[] }).lexiconFiles);

parentPort!.on('message', async ({ index, input }: WorkerRequest) => {
  const warnings: string[] = [];
  let reply: WorkerReply;
  try {
    reply = { index, extraction: await extractInput(input, { lexicon, onWarning: (message) => warnings.push(message) }), warnings };
  } catch (error) {
    const isKnown = error instanceof CitegraphError;
    const message = error instanceof Error ? (isKnown ? error.message : error.stack ?? error.message) : String(error);
    reply = { index, error: { message, exitCode: isKnown ? error.exitCode : 70, isKnown }, warnings };
  }
  parentPort!.postMessage(reply);
});
