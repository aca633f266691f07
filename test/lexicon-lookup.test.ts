import { describe, expect, it } from 'vitest';
import { buildLexicon, foldName, getFolded, hasFolded, loadLexicon, mayBeNameKey } from '../src/extract/lexicon.js';

// The lexicon's maps and sets answer from a bit table of their keys' hashes before hashing them in the Map, and getFolded/hasFolded
// skip folding a name whose fold cannot be a key: every answer must be the plain lookup's.
describe('lexicon lookups through the key table', () => {
  const lexicon = buildLexicon([
    {
      organization: ['U.S. Army|The U.S. Army', 'The New York Times|NYT', 'Electronic Frontier Foundation|EFF'],
      product: ['rustup', 'crates.io', 'Café Tools'],
      notEntities: ['General Availability'],
    },
  ]);
  const names = [
    'U.S. Army', 'u.s. army', 'US Army', 'U.S.  Army', ' U.S. Army', 'U.S. Army ', 'U.S.\tArmy', 'U . S . Army', 'Us Army',
    'The New York Times', 'the new york times', 'THE NEW YORK TIMES', 'The New York Time', 'NYT', 'nyt', 'N.Y.T.',
    'rustup', 'Rustup', 'RUSTUP', 'crates.io', 'Crates.io', 'cratesio', 'Café Tools', 'CAFÉ TOOLS', 'Cafe Tools',
    'General Availability', 'general availability', 'General  Availability', '', '.', ' ', 'a', 'EFF', 'E.F.F.', 'x'.repeat(70),
  ];

  it('gives what a lookup of the fold gives, for every name', () => {
    for (const name of names) {
      expect(getFolded(lexicon.byFold, name), name).toBe(new Map(lexicon.byFold).get(foldName(name)));
      expect(hasFolded(lexicon.notEntities, name), name).toBe(new Set(lexicon.notEntities).has(foldName(name)));
      expect(hasFolded(lexicon.phraseStarts, name), name).toBe(new Set(lexicon.phraseStarts).has(foldName(name)));
      expect(lexicon.byForm.get(name), name).toBe(new Map(lexicon.byForm).get(name));
      expect(lexicon.byForm.has(name), name).toBe(new Map(lexicon.byForm).has(name));
    }
  });

  it('finds the shipped lexicon\'s every form and fold', () => {
    const shipped = loadLexicon();
    for (const [form, entry] of shipped.byForm) {
      expect(shipped.byForm.get(form)).toBe(entry);
      expect(getFolded(shipped.byFold, form)).toBe(new Map(shipped.byFold).get(foldName(form)));
    }
    for (const fold of shipped.notEntities) expect(hasFolded(shipped.notEntities, fold)).toBe(true);
  });

  it('never says of a key of byForm or byFold that it is none, and says so of most other words', () => {
    const shipped = loadLexicon();
    for (const key of [...shipped.byForm.keys(), ...shipped.byFold.keys()]) expect(mayBeNameKey(shipped, key), key).toBe(true);
    const others = Array.from({ length: 2000 }, (_, n) => `zq${n.toString(36)}word`);
    expect(others.filter((word) => mayBeNameKey(shipped, word)).length).toBeLessThan(100);
  });
});
