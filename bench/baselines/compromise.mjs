// Baseline for `npm run bench`: plain compromise as a user might run it instead of citegraph,
// `nlp(text)` over every file, as a whole process. Usage: node compromise.mjs <list.json>
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

let documents = 0;
for (const path of JSON.parse(readFileSync(process.argv[2], 'utf8'))) {
  nlp(readFileSync(path, 'utf8'));
  documents++;
}
console.log(JSON.stringify({ documents }));
