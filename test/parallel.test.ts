import { describe, expect, it } from 'vitest';
import { Claims, jobsFor, PARALLEL_FROM } from '../src/parallel.js';

const here = '[parallel] ';

describe('how many threads extract', () => {
  it(`${here}should use one thread below ${PARALLEL_FROM} inputs and one per CPU from there on`, () => {
    expect(jobsFor(1, undefined, 4)).toBe(1);
    expect(jobsFor(PARALLEL_FROM - 1, undefined, 4)).toBe(1);
    expect(jobsFor(PARALLEL_FROM, undefined, 4)).toBe(4);
    expect(jobsFor(PARALLEL_FROM * 8, undefined, 2)).toBe(2);
  });

  it(`${here}should use what --jobs asks for, whatever the count`, () => {
    expect(jobsFor(3, 2, 4)).toBe(2);
    expect(jobsFor(PARALLEL_FROM * 2, 1, 4)).toBe(1);
  });
});

describe('Claims, the inputs shared by the threads of a run', () => {
  it(`${here}should hand every input to exactly one thread, then none`, () => {
    const buffer = Claims.create(3);
    const threads = [0, 1, 2].map((slot) => new Claims(buffer, 10, slot));
    const taken: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const thread of threads) {
        const index = thread.take();
        if (index >= 0) {
          taken.push(index);
          expect(thread.currentOf(thread.slot)).toBe(index);
        }
      }
    }
    expect(taken).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(threads.map((thread) => thread.take())).toEqual([-1, -1, -1]);
  });

  it(`${here}should say no thread is on an input before any is taken, and stop handing out after stop()`, () => {
    const buffer = Claims.create(2);
    const [main, worker] = [0, 1].map((slot) => new Claims(buffer, 10, slot)) as [Claims, Claims];
    expect(main.currentOf(1)).toBe(-1);
    expect(main.take()).toBe(0);
    worker.stop();
    expect(main.take()).toBe(-1);
    expect(worker.take()).toBe(-1);
  });
});
