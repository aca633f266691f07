import { parentPort, workerData } from 'node:worker_threads';
import { CitegraphError } from './errors.js';
import { extract } from './extract/extract.js';
import { loadLexicon } from './extract/lexicon.js';
import type { WorkerReply, WorkerRequest } from './parallel.js';
import { readDocument, readSource } from './read/read.js';

// One extraction worker (see parallel.ts): loads the lexicon once, then reads and
// extracts the documents it is sent, one at a time.
const lexicon = loadLexicon((workerData as { lexiconFiles: string[] }).lexiconFiles);

parentPort!.on('message', async ({ index, input }: WorkerRequest) => {
  const warnings: string[] = [];
  const readOptions = { onWarning: (message: string) => warnings.push(message) };
  let reply: WorkerReply;
  try {
    const document = 'text' in input ? readSource(input.text, input.path, readOptions) : await readDocument(input.path, readOptions);
    reply = { index, extraction: extract(document, { lexicon }), warnings };
  } catch (error) {
    const isKnown = error instanceof CitegraphError;
    const message = error instanceof Error ? (isKnown ? error.message : error.stack ?? error.message) : String(error);
    reply = { index, error: { message, exitCode: isKnown ? error.exitCode : 70, isKnown }, warnings };
  }
  parentPort!.postMessage(reply);
});
