import { parentPort, workerData } from 'node:worker_threads';
import { ExtractionCache } from './cache.js';
import { loadLexicon } from './extract/lexicon.js';
import { Claims, extractOutcome, type WorkerReply, type WorkerSetup } from './parallel.js';

// One extraction worker (see parallel.ts): loads the lexicon once, then takes
// inputs until none is left, answering with each outcome, then that it has finished.
const setup = workerData as WorkerSetup;
const lexicon = loadLexicon(setup.lexiconFiles);
const cache = setup.cache ? new ExtractionCache(setup.cache.folder, setup.cache.context) : undefined;
const claims = new Claims(setup.claims, setup.inputs.length, setup.slot);
const reply = (message: WorkerReply) => parentPort!.postMessage(message);

for (let index = claims.take(); index >= 0; index = claims.take()) {
  reply(await extractOutcome(index, setup.inputs[index]!, { lexicon, ...(cache ? { cache } : {}) }));
}
reply({ finished: true });
