import { Worker } from 'node:worker_threads';
import { toPortableError, type PortableError } from './errors.js';
import type { Input } from './read/collect.js';
import { readInputSync } from './read/read.js';
import type { Document } from './read/types.js';
import type { Prepared } from './extract/prepare.js';

/**
 * Reading on a second thread, ahead of extraction on this one. Over the 754
 * corpus posts reading (decoding, front matter, Markdown and HTML parsing) is
 * a sixth of a one-thread run; done beside extraction, on the other core, it
 * leaves this thread only the extraction, which it does in input order as
 * before. Unlike a second extraction thread (`--jobs 2`), the reading thread
 * compiles only the reader's code, which this one then never runs: V8 does
 * not optimise the same code twice. While the reading thread starts (it loads
 * the reader's modules), this thread reads the first inputs itself: the
 * threads take inputs to read from a shared counter.
 */

/**
 * What the reading thread makes of one input: its document, or why it could not be read; and the warnings reading gave.
 * The reading thread also takes extraction's first steps (see prepare.ts); an input read on this thread has none taken.
 */
export type ReadOutcome = { document: Document; warnings: string[]; prepared?: Prepared } | { error: PortableError; warnings: string[] };

/** What the reading thread is started with. */
export interface ReadAheadSetup {
  inputs: readonly Input[];
  /** Shared by both threads: see `TAKEN` and `NEXT`. */
  cells: SharedArrayBuffer;
  /** How far the reading thread may run ahead, in documents: what waits in memory. */
  window: number;
}

/** The cells of `ReadAheadSetup.cells`: how many documents the extracting thread has taken, and the next input to read. */
export const TAKEN = 0;
export const NEXT = 1;

const WINDOW = 32;
// The reading thread, faster than extraction, mostly waits at the window's end: waking it for every
// document taken costs this thread a switch each time, for nothing. Half a window ahead still keeps it ahead.
const WAKE_EVERY = WINDOW / 2;

/** Reads one input as the one-thread path does (see readAndExtract in pipeline.ts), failures as plain data. */
export function readOutcome(input: Input): ReadOutcome {
  const warnings: string[] = [];
  try {
    const document = readInputSync(input, { onWarning: (message: string) => warnings.push(message) });
    return { document, warnings };
  } catch (error) {
    return { error: toPortableError(input.path, error), warnings };
  }
}

interface Waiting {
  index: number;
  resolve: (outcome: ReadOutcome) => void;
  reject: (error: unknown) => void;
}

/** The documents of `inputs`, in order, read on a second thread. Call `close` when done (or on failure). */
export class ReadAhead {
  readonly #inputs: readonly Input[];
  readonly #worker: Worker;
  readonly #cells: Int32Array;
  readonly #arrived = new Map<number, ReadOutcome>();
  #waiting: Waiting | undefined;
  #failure: unknown;

  constructor(inputs: readonly Input[]) {
    this.#inputs = inputs;
    const cells = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * 2);
    this.#cells = new Int32Array(cells);
    this.#worker = new Worker(new URL('./read-worker.js', import.meta.url), { workerData: { inputs, cells, window: WINDOW } satisfies ReadAheadSetup });
    this.#worker.on('message', ({ index, outcome }: { index: number; outcome: ReadOutcome }) => {
      if (this.#waiting?.index === index) this.#takeWaiting()!.resolve(outcome);
      else this.#arrived.set(index, outcome);
    });
    // A reading thread that dies (out of memory, say) fails the run. Its messages all arrive before its exit.
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('exit', (code) => {
      if (code !== 0) this.#fail(new Error(`the reading thread stopped (exit code ${code}) before it had read every input`));
    });
  }

  /** The next input's outcome: read by the reading thread, or here when that has not taken it yet. */
  next(): Promise<ReadOutcome> {
    const index = Atomics.add(this.#cells, TAKEN, 1);
    if ((index + 1) % WAKE_EVERY === 0) Atomics.notify(this.#cells, TAKEN);
    const arrived = this.#arrived.get(index);
    if (arrived) {
      this.#arrived.delete(index);
      return Promise.resolve(arrived);
    }
    if (Atomics.compareExchange(this.#cells, NEXT, index, index + 1) === index) return Promise.resolve(readOutcome(this.#inputs[index]!));
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => (this.#waiting = { index, resolve, reject }));
  }

  async close(): Promise<void> {
    this.#worker.removeAllListeners('exit');
    await this.#worker.terminate();
  }

  #fail(error: unknown): void {
    this.#failure ??= error;
    this.#takeWaiting()?.reject(error);
  }

  #takeWaiting(): Waiting | undefined {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    return waiting;
  }
}
