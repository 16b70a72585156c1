import { describe, expect, it } from 'vitest';
import { rollUp, rollUpAll, sumFigures } from '../../../src/model/rollup';
import type { Fact, Qualifier } from '../../../src/model/schema';
import { FIRST_STORY, TEST_REGIONS, loadModel } from '../../helpers/stories';

const model = await loadModel(FIRST_STORY);
const killed = (region: string, concern: 'figures' | 'relatedFigures' = 'figures') =>
  rollUp(region, model.facts, TEST_REGIONS)[concern].filter((f) => f.kind === 'killed');

describe('roll-ups on the first story', () => {
  it.each([
    { region: 'idlib', min: 54, counted: ['killed-54-idlib'], included: [] },
    // Northern Syria holds the 34 (its own) and the 54 (Idlib's): the 34 is part of the 54.
    { region: 'northern-syria', min: 54, counted: ['killed-54-idlib'], included: ['killed-34-air-strike'] },
    { region: 'syria', min: 54, counted: ['killed-54-idlib'], included: ['killed-34-air-strike'] },
  ])('$region: at least $min Turkish soldiers killed, never 88', ({ region, min, counted, included }) => {
    const [figure, ...rest] = killed(region);
    expect(rest).toEqual([]);
    expect(figure).toMatchObject({ min, max: null, qualifier: 'at-least' });
    expect(figure!.min).not.toBe(88);
    expect(figure!.counted.map((f) => f.id)).toEqual(counted);
    expect(figure!.included.map((f) => f.id)).toEqual(included);
  });

  it('Turkey has no killings of its own, and the Turkish soldiers killed in Syria as related', () => {
    expect(killed('turkey')).toEqual([]);
    const [figure] = killed('turkey', 'relatedFigures');
    expect(figure).toMatchObject({ min: 54, max: null, qualifier: 'at-least' });
  });

  it('Idlib shows its displacement as vague thousands, never a point value', () => {
    const displaced = rollUp('idlib', model.facts, TEST_REGIONS).figures.find((f) => f.kind === 'displaced');
    expect(displaced).toMatchObject({ min: 2000, max: 9999, qualifier: 'vague' });
  });

  it('Europe holds the asylum fact with Turkey as origin', () => {
    const europe = rollUp('europe', model.facts, TEST_REGIONS);
    expect(europe.here.map((f) => f.id)).toContain('officers-granted-asylum-in-europe');
    const turkey = rollUp('turkey', model.facts, TEST_REGIONS);
    expect(turkey.related.map((f) => f.id)).toContain('officers-granted-asylum-in-europe');
  });
});

const fact = (id: string, min: number | null, max: number | null, qualifier: Qualifier, partOf?: string, unit = 'people', at?: number): Fact => ({
  id,
  category: 'casualties',
  kind: 'killed',
  region: 'idlib',
  quantity: { min, max, qualifier, text: 'x', unit: { ar: 'x', en: unit } },
  ...(partOf ? { partOf: { fact: partOf } } : {}),
  // Each fact quotes its own words of the article, at `at` (by default, a place of its own).
  target: { source: 'article.txt', selector: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: at ?? id.charCodeAt(0), end: (at ?? id.charCodeAt(0)) + 1 }] },
  summary: { en: 'x', ar: 'x' },
  translation: 'x',
});

describe('sumFigures', () => {
  it.each([
    { name: 'two independent exact figures add', facts: [fact('a', 3, 3, 'exact'), fact('b', 4, 4, 'exact')], expected: { min: 7, max: 7, qualifier: 'exact' } },
    { name: 'an open figure makes the sum open', facts: [fact('a', 3, 3, 'exact'), fact('b', 4, null, 'at-least')], expected: { min: 7, max: null, qualifier: 'at-least' } },
    { name: 'a part is not added to its whole', facts: [fact('a', 10, null, 'at-least'), fact('b', 4, 4, 'exact', 'a')], expected: { min: 10, max: null, qualifier: 'at-least' } },
    { name: 'a part of a part is not added either', facts: [fact('a', 10, null, 'at-least'), fact('b', 6, 6, 'exact', 'a'), fact('c', 2, 2, 'exact', 'b')], expected: { min: 10, max: null, qualifier: 'at-least' } },
    // The validator refuses this data; the roll-up still never adds one span of the article twice.
    { name: 'three facts over the same words count their figure once', facts: [fact('a', 54, null, 'at-least', undefined, 'people', 7), fact('b', 54, null, 'at-least', undefined, 'people', 7), fact('c', 54, null, 'at-least', undefined, 'people', 7)], expected: { min: 54, max: null, qualifier: 'at-least' } },
    { name: 'vague stays vague', facts: [fact('a', 2000, 9999, 'vague'), fact('b', 5, 5, 'exact')], expected: { min: 2005, max: 10004, qualifier: 'vague' } },
  ])('$name', ({ facts, expected }) => {
    const [figure, ...rest] = sumFigures(facts, facts);
    expect(rest).toEqual([]);
    expect(figure).toMatchObject(expected);
  });

  it('keeps different units apart', () => {
    const facts = [fact('a', 3, 3, 'exact', undefined, 'soldiers'), fact('b', 4, 4, 'exact', undefined, 'civilians')];
    expect(sumFigures(facts, facts).map((f) => f.min)).toEqual([3, 4]);
  });

  it('a part whose whole is elsewhere is counted (its whole is not in this sum)', () => {
    const whole = fact('a', 10, null, 'at-least');
    const part = fact('b', 4, 4, 'exact', 'a');
    expect(sumFigures([part], [whole, part])[0]).toMatchObject({ min: 4 });
  });
});

describe('rollUpAll', () => {
  it('gives every region the same roll-up as rollUp alone (the shared lookups change nothing)', () => {
    const ids = TEST_REGIONS.all.map((r) => r.id);
    const all = rollUpAll(ids, model.facts, TEST_REGIONS);
    expect([...all.keys()]).toEqual(ids);
    for (const id of ids) expect(all.get(id)).toEqual(rollUp(id, model.facts, TEST_REGIONS));
    // Not vacuous: some region has figures and some region has related facts.
    expect([...all.values()].some((r) => r.figures.length > 0)).toBe(true);
    expect([...all.values()].some((r) => r.related.length > 0)).toBe(true);
  });
});
