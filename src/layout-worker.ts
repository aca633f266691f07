import { parentPort } from 'node:worker_threads';
import { runLayoutJob, type LayoutJob } from './graph/layout-job.js';

// The layout thread (see layout-thread.ts): runs each job it is given and sends its node matrix back.
parentPort!.on('message', (job: LayoutJob) => {
  const nodes = runLayoutJob(job);
  parentPort!.postMessage(nodes, [nodes.buffer]);
});
