/** One circle per region for its own dead, never the same dead twice (style.ts regionCircles). */
import { describe, expect, it } from 'vitest';
import { regionCircles, type CountedFact } from '../../src/map/style';
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
