// Preloaded into every process `npm run bench` times (`node --import`): on exit, writes the
// process's peak resident set size in kB (all threads) to the file named by CITEGRAPH_BENCH_RSS.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.CITEGRAPH_BENCH_RSS) writeFileSync(process.env.CITEGRAPH_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
