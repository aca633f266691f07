/** A seeded pseudo-random generator (a linear congruential one), for tests that compare two ways over random input. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
