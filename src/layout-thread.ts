import { Worker } from 'node:worker_threads';
import type { LayoutJob } from './graph/layout-job.js';

interface Pending {
  resolve: (nodes: Float32Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
}

/**
 * A thread for ForceAtlas2's iterations, the largest part of building a
 * corpus graph (about half of it over the 754 corpus posts), so that this
 * thread works out PageRank meanwhile (see `analyzePartsAside`). Started
 * before extraction, so that it has loaded when the graph is ready; it loads
 * only the iterations (dist/layout-worker.js), and runs them on small made-up
 * graphs while it waits (see `warmUpJobs`). The positions are the same to
 * the byte as on this thread.
 */
export class LayoutThread {
  readonly #worker = new Worker(new URL('./layout-worker.js', import.meta.url));
  /** Why the thread cannot lay out, once it has failed or stopped (before any job, it is only kept). */
  #failure: Error | undefined;
  #pending: Pending | undefined;

  constructor() {
    this.#worker.on('message', (nodes: Float32Array<ArrayBuffer>) => this.#settle()?.resolve(nodes));
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('exit', (code) => this.#fail(new Error(`the layout thread stopped (exit code ${code}) before it had laid out the graph`)));
    // Waiting for a job, it keeps no process alive.
    this.#worker.unref();
  }

  /** The job's node matrix once iterated (one job at a time). */
  run(job: LayoutJob): Promise<Float32Array<ArrayBuffer>> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      this.#worker.ref();
      this.#worker.postMessage(job, [job.nodes.buffer, job.edges.buffer]);
    });
  }

  async close(): Promise<void> {
    this.#worker.removeAllListeners('exit');
    await this.#worker.terminate();
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#settle()?.reject(error);
  }

  #settle(): Pending | undefined {
    const pending = this.#pending;
    this.#pending = undefined;
    this.#worker.unref();
    return pending;
  }
}
