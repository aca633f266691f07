import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CitegraphError, InternalError } from './errors.js';
import type { Extracted, ExtractFilesOptions, Input } from './pipeline.js';

/** What the main thread sends a worker, and what it answers. */
export type WorkerRequest = { index: number; input: Input };
export type WorkerReply =
  | Extracted
  | { index: number; skipped: string; warnings: string[] }
  | { index: number; error: { message: string; exitCode: number; stack?: string }; warnings: string[] };

/** What every worker is started with. */
export interface WorkerSetup {
  lexiconFiles: readonly string[];
  /** The cache folder and key context (see cache.ts), when there is a cache. */
  cache?: { folder: string; context: string };
}

export interface ParallelOptions extends Omit<ExtractFilesOptions, 'lexicon' | 'cache'> {
  /** Extra lexicon files, loaded by every worker (default: none). */
  lexiconFiles?: readonly string[];
  /** How many worker threads (default: the machine's available parallelism). */
  jobs?: number;
  /** The cache every worker reads and writes (default: none). */
  cache?: WorkerSetup['cache'];
}

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Reads and extracts documents on worker threads, one document at a time per
 * worker, handing each result to `onExtracted` as it arrives (in any order:
 * `index` says which input it is). On failure the error is the one of the
 * first failing input in input order, exactly as when run in sequence.
 */
export async function forEachExtractionInParallel(inputs: readonly Input[], onExtracted: (result: Extracted) => void, options: ParallelOptions = {}): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), inputs.length));
  const failures = new Map<number, Error>();
  let firstFailure = Number.POSITIVE_INFINITY;
  let next = 0;
  let done = 0;

  const setup: WorkerSetup = { lexiconFiles: options.lexiconFiles ?? [], ...(options.cache ? { cache: options.cache } : {}) };
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: setup }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current: number | undefined;
            const dispatch = () => {
              // Past a failure, only earlier inputs still matter: they may hold an earlier failure.
              if (next >= inputs.length || next > firstFailure) return resolve();
              const index = next++;
              current = index;
              worker.postMessage({ index, input: inputs[index]! } satisfies WorkerRequest);
            };
            worker.on('message', (reply: WorkerReply) => {
              for (const warning of reply.warnings) options.onWarning?.(warning);
              if ('error' in reply) {
                const { message, exitCode, stack } = reply.error;
                const cause = stack === undefined ? undefined : Object.assign(new Error(), { stack });
                failures.set(reply.index, new CitegraphError(message, exitCode, cause ? { cause } : undefined));
                firstFailure = Math.min(firstFailure, reply.index);
              } else if ('skipped' in reply) {
                options.onSkip?.(reply.skipped);
                options.onProgress?.(++done, inputs.length);
              } else if (firstFailure === Number.POSITIVE_INFINITY) {
                onExtracted(reply);
                options.onProgress?.(++done, inputs.length);
              }
              dispatch();
            });
            // A worker that dies (out of memory, say) names the document it was on.
            worker.on('error', (error) => reject(current === undefined ? error : new InternalError(inputs[current]!.path, error)));
            dispatch();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failures.size > 0) throw failures.get(firstFailure)!;
}
