import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fromPortableError, InternalError, toPortableError, type PortableError } from './errors.js';
import type { Lexicon } from './extract/lexicon.js';
import { compactExtraction } from './graph/compact.js';
import { extractInput, type Extracted, type ExtractFilesOptions, type Input } from './pipeline.js';

/** What one thread makes of one input. */
export type Outcome =
  | Extracted
  | { index: number; skipped: string; warnings: string[] }
  | { index: number; error: PortableError; warnings: string[] };

/** What a worker answers: an outcome per input it took, then that it has finished. */
export type WorkerReply = Outcome | { finished: true };

/** What every worker is started with. */
export interface WorkerSetup {
  inputs: readonly Input[];
  lexiconFiles: readonly string[];
  /** The cache folder and key context (see cache.ts), when there is a cache. */
  cache?: { folder: string; context: string };
  /** Shared by every thread of the run: see `Claims`. */
  claims: SharedArrayBuffer;
  /** This worker's slot in `claims` (from 1: the main thread is 0). */
  slot: number;
}

export interface ParallelOptions extends ExtractFilesOptions {
  /** This thread's lexicon; `lexiconFiles` are what the workers load (default: none). */
  lexicon?: Lexicon;
  lexiconFiles?: readonly string[];
  /** Threads that read and extract, this one included (default: the machine's available parallelism). */
  jobs?: number;
}

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * From this many inputs on, extraction runs on every CPU by default. Below
 * it a second thread costs more than it saves: it loads its own modules and
 * word data, and V8 optimises its code again, on the cores it shares.
 */
export const PARALLEL_FROM = 1000;

/** How many threads extract `count` inputs: `requested` (`--jobs`) when given, else one per CPU from `PARALLEL_FROM` inputs on. */
export function jobsFor(count: number, requested?: number, cpus = defaultJobs()): number {
  return requested ?? (count >= PARALLEL_FROM ? cpus : 1);
}

/**
 * Which inputs are taken, shared by the threads of a run without messages:
 * the next input to take, a flag that stops taking (after a failure), and
 * the input each thread is on (so that a worker that dies can be named).
 * Each thread takes the next input as soon as it is free, so that a thread
 * slowed by the rest of the machine takes fewer.
 */
export class Claims {
  readonly #cells: Int32Array;

  constructor(
    readonly buffer: SharedArrayBuffer,
    readonly count: number,
    readonly slot: number,
  ) {
    this.#cells = new Int32Array(buffer);
  }

  static create(threads: number): SharedArrayBuffer {
    const buffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (2 + threads));
    new Int32Array(buffer).fill(-1, 2); // no thread is on an input yet
    return buffer;
  }

  /** The next input for this thread, or -1 when none is left (or a failure stopped the run). */
  take(): number {
    if (Atomics.load(this.#cells, 1) !== 0) return -1;
    const index = Atomics.add(this.#cells, 0, 1);
    if (index >= this.count) return -1;
    Atomics.store(this.#cells, 2 + this.slot, index);
    return index;
  }

  /** Past a failure no input is taken: the ones already taken finish, since an earlier one may fail too. */
  stop(): void {
    Atomics.store(this.#cells, 1, 1);
  }

  /** The input a thread took last. */
  currentOf(slot: number): number {
    return Atomics.load(this.#cells, 2 + slot);
  }
}

/**
 * Reads and extracts one input the way each thread of a parallel run does:
 * the result compacted (it is what crosses between threads), failures as
 * plain data.
 */
export async function extractOutcome(index: number, input: Input, options: Pick<ParallelOptions, 'lexicon' | 'cache'>): Promise<Outcome> {
  let skipped: string | undefined;
  try {
    const result = await extractInput(input, { ...options, onSkip: (message) => (skipped = message) });
    if (result === undefined) return { index, skipped: skipped!, warnings: [] };
    return { index, ...result, extraction: compactExtraction(result.extraction) };
  } catch (error) {
    // extractInput gives CitegraphErrors only (bugs become InternalErrors naming the input).
    return { index, error: toPortableError(input.path, error), warnings: [] };
  }
}

/**
 * Reads and extracts documents on `jobs` threads: this one and `jobs - 1`
 * workers, each taking the next input as soon as it is free. Each result goes
 * to `onExtracted` as it arrives (in any order: `index` says which input it
 * is; the graph builder sorts). Warnings and skips are reported in input
 * order, as in one thread, and on failure the error is the one of the first
 * failing input in input order.
 */
export async function forEachExtractionInParallel(inputs: readonly Input[], onExtracted: (result: Extracted) => void, options: ParallelOptions = {}): Promise<void> {
  const threads = Math.max(1, Math.min(options.jobs ?? defaultJobs(), inputs.length));
  const buffer = Claims.create(threads);
  const claims = new Claims(buffer, inputs.length, 0);
  const outcomes = new Map<number, Outcome>();
  let reported = 0;
  let done = 0;
  let firstFailure: { index: number; error: Error } | undefined;

  const settle = (outcome: Outcome) => {
    done++;
    if ('error' in outcome) {
      claims.stop();
      if (firstFailure === undefined || outcome.index < firstFailure.index) firstFailure = { index: outcome.index, error: fromPortableError(outcome.error) };
    } else if (!('skipped' in outcome) && firstFailure === undefined) {
      onExtracted(outcome);
    }
    // Warnings and skips in input order, whichever thread finished first; none past a failure.
    outcomes.set(outcome.index, outcome);
    for (let next = outcomes.get(reported); next !== undefined && !('error' in next); next = outcomes.get(reported)) {
      outcomes.delete(reported++);
      for (const warning of next.warnings) options.onWarning?.(warning);
      if ('skipped' in next) options.onSkip?.(next.skipped);
    }
    options.onProgress?.(done, inputs.length);
  };

  const { lexicon, cache } = options;
  const setup = { inputs, lexiconFiles: options.lexiconFiles ?? [], claims: buffer, ...(cache ? { cache: { folder: cache.root, context: cache.context } } : {}) };
  const workers = Array.from({ length: threads - 1 }, (_, k) => new Worker(new URL('./worker.js', import.meta.url), { workerData: { ...setup, slot: k + 1 } satisfies WorkerSetup }));
  const finished = workers.map(
    (worker, k) =>
      new Promise<void>((resolve, reject) => {
        worker.on('message', (reply: WorkerReply) => ('finished' in reply ? resolve() : settle(reply)));
        // A worker that dies (out of memory, say) names the document it was on.
        worker.on('error', (error) => {
          claims.stop();
          const current = claims.currentOf(k + 1);
          reject(current < 0 ? error : new InternalError(inputs[current]!.path, error));
        });
        worker.on('exit', (code) => reject(new Error(`an extraction worker stopped (exit code ${code}) before it had finished`)));
      }),
  );
  // Settled: so that a dying worker cannot leave a rejection unhandled while this thread works.
  const workersDone = Promise.allSettled(finished);
  try {
    for (let index = claims.take(); index >= 0; index = claims.take()) {
      settle(await extractOutcome(index, inputs[index]!, { ...(lexicon ? { lexicon } : {}), ...(cache ? { cache } : {}) }));
      // Let the workers' results in as they come, rather than all at the end.
      await new Promise(setImmediate);
    }
    const failed = (await workersDone).find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    claims.stop();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (firstFailure) throw firstFailure.error;
}
