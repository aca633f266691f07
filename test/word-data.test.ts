import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeWordData, loadWordData, writeWordSnapshot } from '../src/extract/word-data.js';

const here = '[word-data] ';
const work = mkdtempSync(join(tmpdir(), 'citegraph-words-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('word data snapshot', () => {
  const live = computeWordData();

  it(`${here}should load from the snapshot exactly the data the packages give`, () => {
    const path = join(work, 'word-data.json');
    writeWordSnapshot(path);
    const loaded = loadWordData(path);
    // The snapshot keeps words by their first two characters, so its order is not the packages'.
    expect([...loaded.commonWords].sort()).toEqual([...live.commonWords].sort());
    expect(Object.fromEntries(loaded.tags)).toEqual(Object.fromEntries(live.tags));
    expect(loaded.commonWords.has('council') && loaded.commonWords.has('a') && !loaded.commonWords.has('huawei')).toBe(true);
    expect(loaded.tags.get('monday')).toBe('WeekDay');
    expect(loaded.tags.get('zzzz')).toBeUndefined();
    expect(loaded.orgWords).toEqual(live.orgWords);
    expect(loaded.placeWords).toEqual(live.placeWords);
    expect(live.tags.get('monday')).toBe('WeekDay');
    expect(live.commonWords.has('council')).toBe(true);
  });

  // A bucket is found by its two first characters: every word and tag the packages give must be found by lookups
  // alone (no iteration first, which parses every bucket), and words added to a bucket before and after it is parsed.
  it(`${here}should answer every lookup as the packages' data does`, () => {
    const path = join(work, 'lookups.json');
    writeWordSnapshot(path);
    const loaded = loadWordData(path);
    loaded.commonWords.add('zqxjfirst');
    for (const word of live.commonWords) expect(loaded.commonWords.has(word), word).toBe(true);
    // The tagged words of one character too ("a", "i", "&", "$"), once filed under the word and its tab, where no lookup looked.
    for (const [word, tag] of live.tags) expect(loaded.tags.get(word), word).toBe(tag);
    loaded.commonWords.add('zqxjlater');
    const others = ['', 'q', 'zqxj', 'Council', 'councils-x', 'é', 'éa', '日本', 'a\u0301', 'zzzz', 'ab'.repeat(40), 'monday', 'Monday', 'café'];
    for (const word of others) {
      expect(loaded.commonWords.has(word), word).toBe(live.commonWords.has(word));
      expect(loaded.tags.get(word), word).toBe(live.tags.get(word));
    }
    expect(loaded.commonWords.has('zqxjfirst') && loaded.commonWords.has('zqxjlater')).toBe(true);
  });

  it(`${here}should compute the data when the snapshot was made from other package versions`, () => {
    const path = join(work, 'stale.json');
    writeWordSnapshot(path);
    const snapshot = JSON.parse(readFileSync(path, 'utf8'));
    snapshot.versions.compromise = '0.0.0';
    snapshot.commonWords = 'only';
    writeFileSync(path, JSON.stringify(snapshot));
    expect([...loadWordData(path).commonWords].length).toBe(live.commonWords.size);
  });

  it(`${here}should compute the data when there is no snapshot`, () => {
    expect([...loadWordData(join(work, 'missing.json')).tags].length).toBe(live.tags.size);
  });
});
