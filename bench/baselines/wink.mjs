// Baseline for `npm run bench`: wink-nlp with its English lite model, the proper-noun tokens
// of every file, as a whole process. Usage: node wink.mjs <list.json>
import { readFileSync } from 'node:fs';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

const nlp = winkNLP(model);
const { its } = nlp;
let properNouns = 0;
for (const path of JSON.parse(readFileSync(process.argv[2], 'utf8'))) {
  properNouns += nlp.readDoc(readFileSync(path, 'utf8')).tokens().filter((token) => token.out(its.pos) === 'PROPN').length();
}
console.log(JSON.stringify({ properNouns }));
