import { parentPort } from 'node:worker_threads';
import { runLayoutJob, warmUpJobs, type LayoutJob } from './graph/layout-job.js';

// Started long before the graph is ready, the thread first runs ForceAtlas2 on small made-up graphs, so that
// V8 has seen all of its code when the real job comes (see warmUpJobs). Each goes through structuredClone,
// as a real job comes through postMessage: V8 then sees objects of the same shapes.
for (const job of warmUpJobs()) runLayoutJob(structuredClone(job));

// The layout thread (see layout-thread.ts): runs each job it is given and sends its node matrix back.
parentPort!.on('message', (job: LayoutJob) => {
  const nodes = runLayoutJob(job);
  parentPort!.postMessage(nodes, [nodes.buffer]);
});
