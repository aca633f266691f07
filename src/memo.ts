/**
 * `compute(key)`, kept in `memory` for the next call with the same key: for pure functions of a string that a run asks
 * again and again (a document's links, a corpus's pages). Bounded: the memory is emptied when it holds `limit` answers,
 * which costs only working them out again, never a stale answer.
 */
export function remembered<T>(memory: Map<string, T>, limit: number, key: string, compute: (key: string) => T): T {
  let value = memory.get(key);
  if (value === undefined) {
    value = compute(key);
    if (memory.size >= limit) memory.clear();
    memory.set(key, value);
  }
  return value;
}
