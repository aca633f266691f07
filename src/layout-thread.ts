import { Worker } from 'node:worker_threads';
import type { LayoutJob } from './graph/layout-job.js';

/**
 * A thread for ForceAtlas2's iterations, the largest part of building a
 * corpus graph (about half of it over the 754 corpus posts), so that this
 * thread works out PageRank meanwhile (see `analyzeGraphAside`). Started
 * before extraction, so that it has loaded when the graph is ready; it loads
 * only the iterations (dist/layout-worker.js). The positions are the same to
 * the byte as on this thread.
 */
export class LayoutThread {
  readonly #worker = new Worker(new URL('./layout-worker.js', import.meta.url));

  constructor() {
    // Waiting for a job, it keeps no process alive.
    this.#worker.unref();
  }

  /** The job's node matrix once iterated. */
  run(job: LayoutJob): Promise<Float32Array<ArrayBuffer>> {
    const worker = this.#worker;
    return new Promise((resolve, reject) => {
      const settle = (outcome: () => void) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        outcome();
      };
      const onMessage = (nodes: Float32Array<ArrayBuffer>) => settle(() => resolve(nodes));
      const onError = (error: Error) => settle(() => reject(error));
      const onExit = (code: number) => settle(() => reject(new Error(`the layout thread stopped (exit code ${code}) before it had laid out the graph`)));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.ref();
      worker.postMessage(job, [job.nodes.buffer, job.edges.buffer]);
    }).finally(() => worker.unref()) as Promise<Float32Array<ArrayBuffer>>;
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}
