/** One circle per region for its own dead, never the same dead twice (figures.ts regionCircles). */
import { describe, expect, it } from 'vitest';
import { circleScale, DEFAULT_K, MAX_RADIUS, MIN_RADIUS, regionCircles, type CountedFact } from '../../src/map-model/figures';
import { FIRST_STORY, loadModel } from '../helpers/stories';

const killed = (region: string, min: number | null, unit = 'people', extra: Partial<CountedFact> = {}): CountedFact => ({
  region,
  kind: 'killed',
  quantity: { min, unit: { en: unit } },
  ...extra,
});

describe('regionCircles', () => {
  it.each([
    { name: 'one fact, one circle', facts: [killed('idlib', 54)], regions: ['idlib'], expected: [{ region: 'idlib', min: 54 }] },
    { name: 'a part of another fact is never drawn again', facts: [killed('idlib', 54), killed('idlib', 34, 'people', { partOf: { fact: 'x' } })], regions: ['idlib'], expected: [{ region: 'idlib', min: 54 }] },
    { name: 'facts counting the same unit add up, as in the popup', facts: [killed('idlib', 10), killed('idlib', 5)], regions: ['idlib'], expected: [{ region: 'idlib', min: 15 }] },
    { name: 'of two units, the larger total (never their sum)', facts: [killed('idlib', 10, 'soldiers'), killed('idlib', 4, 'civilians'), killed('idlib', 8, 'civilians')], regions: ['idlib'], expected: [{ region: 'idlib', min: 12 }] },
    { name: 'a fact inside a region is drawn at its own region only', facts: [killed('idlib', 54), killed('syria', 3)], regions: ['syria', 'idlib'], expected: [{ region: 'syria', min: 3 }, { region: 'idlib', min: 54 }] },
    { name: 'no count, another kind, or a region not in the story: no circle', facts: [killed('idlib', null), { region: 'idlib', kind: 'displaced', quantity: { min: 900 } }, killed('turkey', 7)], regions: ['idlib'], expected: [] },
  ])('$name', ({ facts, regions, expected }) => {
    expect(regionCircles(facts, regions)).toEqual(expected);
  });

  it('draws one circle on the first story: at least 54 in Idlib (the 34 of the strike is part of it)', async () => {
    const model = await loadModel(FIRST_STORY);
    expect(regionCircles(model.facts, model.regions.map((r) => r.id))).toEqual([{ region: 'idlib', min: 54 }]);
  });

  it('draws one circle per region however many facts it holds', () => {
    const facts = Array.from({ length: 5000 }, (_, i) => killed(`area-${i % 200}`, i + 1));
    const circles = regionCircles(facts, Array.from({ length: 200 }, (_, i) => `area-${i}`));
    expect(circles).toHaveLength(200);
    // area-0 holds facts 1, 201, 401, …, 4801: 25 of them.
    expect(circles[0]).toEqual({ region: 'area-0', min: Array.from({ length: 25 }, (_, k) => 1 + 200 * k).reduce((a, b) => a + b, 0) });
  });
});

describe('circleScale: area ∝ count, fitted to the story', () => {
  it.each([
    // The usual area per person while the largest circle stays under MAX_RADIUS: the first story looks as before.
    { name: 'the first story (54)', counts: [54], expected: { k: DEFAULT_K, largestRadius: DEFAULT_K * Math.sqrt(54) } },
    // 400,000 dead would be a 1,391-px circle at the usual scale: the scale shrinks so the largest is MAX_RADIUS.
    { name: 'a story with 400,000 dead', counts: [400_000, 1_000], expected: { k: MAX_RADIUS / Math.sqrt(400_000), largestRadius: MAX_RADIUS } },
    { name: 'no circles', counts: [], expected: { k: DEFAULT_K, largestRadius: null } },
  ])('$name', ({ counts, expected }) => {
    const scale = circleScale(counts);
    expect(scale.k).toBeCloseTo(expected.k, 10);
    if (expected.largestRadius === null) expect(scale.legend).toEqual([]);
    else expect(scale.radius(Math.max(...counts))).toBeCloseTo(expected.largestRadius, 10);
  });

  it('keeps areas in proportion above the smallest drawable circle', () => {
    const scale = circleScale([400_000, 100_000, 40_000]);
    const area = (count: number) => scale.radius(count) ** 2;
    expect(area(400_000) / area(100_000)).toBeCloseTo(4, 10);
    expect(area(100_000) / area(40_000)).toBeCloseTo(2.5, 10);
    // A tiny count is still drawn, at the smallest size.
    expect(scale.radius(1)).toBe(MIN_RADIUS);
  });

  it('gives the legend the largest count on the map and a smaller round one', () => {
    expect(circleScale([400_000, 7]).legend).toEqual([400_000, 100_000]);
    expect(circleScale([54]).legend).toEqual([54, 10]);
    expect(circleScale([3]).legend).toEqual([3]);
  });
});
