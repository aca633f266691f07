import fc from 'fast-check';
import { anyDocument } from './arbitraries.js';
const documents = fc.sample(anyDocument, { numRuns: 10000, seed: 20261127 });
console.log(JSON.stringify(documents[Number(process.argv[2])]));
