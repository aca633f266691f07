import { describe, expect, it } from 'vitest';
import { evaluate, goldFiles, SAMPLE_GOLD } from '../bench/eval.js';

const here = '[accuracy] ';

// The dev set (test/fixtures/dev-gold, its documents in test/fixtures/dev-docs), scored by
// src/eval as `npm run eval` and `citegraph eval` do. Each genre keeps its macro entity and
// citation F1 above a floor set just under the score reached: raise a floor as a genre improves.
const GENRE_FLOORS: Record<string, { entities: number; citations: number }> = {
  blog: { entities: 0.915, citations: 0.95 },
  news: { entities: 0.91, citations: 0.95 },
  readme: { entities: 0.97, citations: 0.975 },
  docs: { entities: 0.94, citations: 0.93 },
  encyclopedic: { entities: 0.92, citations: 0.945 },
  plaintext: { entities: 0.89, citations: 0.935 },
  bibliography: { entities: 0.91, citations: 0.945 },
};
const SAMPLE_FLOORS = { entities: 0.99, citations: 0.99, sources: 1 };

describe('extraction accuracy', () => {
  it(`${here}keeps every genre of the dev set above its floor`, async () => {
    const files = goldFiles('dev');
    expect(files.length).toBeGreaterThanOrEqual(35);
    const { genres } = await evaluate(files);
    expect(Object.keys(genres).sort()).toEqual(Object.keys(GENRE_FLOORS).sort());
    for (const [genre, floor] of Object.entries(GENRE_FLOORS)) {
      const { macro } = genres[genre]!;
      expect(macro.entities.f1, `${genre} entities`).toBeGreaterThanOrEqual(floor.entities);
      expect(macro.citations.f1, `${genre} citations`).toBeGreaterThanOrEqual(floor.citations);
    }
    // It extracts the whole dev set, over a hundred documents: on a busy 2-core machine that outlasts the default 30 s.
  }, 180_000);

  it(`${here}gets the sample essay right`, async () => {
    const { total } = await evaluate([SAMPLE_GOLD]);
    expect(total.entities.f1).toBeGreaterThanOrEqual(SAMPLE_FLOORS.entities);
    expect(total.citations.f1).toBeGreaterThanOrEqual(SAMPLE_FLOORS.citations);
    expect(total.sourceRecall).toBe(SAMPLE_FLOORS.sources);
  });
});
